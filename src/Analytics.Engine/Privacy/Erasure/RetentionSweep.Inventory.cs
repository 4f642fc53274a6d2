using System.Data;
using Dapper;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// The sweeps added for the personal-data inventory (<see cref="PersonalDataInventory"/>): survey invitations, staff
/// free-text comments and respondents' device data. Each keeps rows and only replaces values, like the rest.
/// </summary>
public sealed partial class RetentionSweep
{
    /// <summary>
    /// Invitations planned before the cut whose messages are all settled (none pending or being sent): the address
    /// becomes the placeholder, the client key its pseudonym, a transport error text (it may quote the address) the
    /// placeholder. Rows changed in the outbox plus messages changed.
    /// </summary>
    private static int Invitations(IDbConnection c, IDbTransaction tx, DateTime cut)
    {
        const string p = ConsumerIdentity.Placeholder;
        c.Execute($"""
            CREATE OR REPLACE TEMP TABLE pd_old_invitation AS SELECT id FROM invitation_outbox o
            WHERE created_at_utc < $cut AND NOT EXISTS (
                SELECT 1 FROM invitation_message m WHERE m.outbox_id = o.id AND m.state IN ('pending', 'sending'))
            """, new { cut }, tx);
        var outbox = InvitationErasure.PseudonymiseOutbox(c, tx, "id IN (SELECT id FROM pd_old_invitation)");
        var messages = c.Execute($"""
            UPDATE invitation_message SET last_error = '{p}'
            WHERE outbox_id IN (SELECT id FROM pd_old_invitation) AND last_error IS NOT NULL AND last_error <> '{p}'
            """, transaction: tx);
        c.Execute("DROP TABLE pd_old_invitation", transaction: tx);
        return outbox + messages;
    }

    /// <summary>
    /// Staff free text that may name a consumer: an auditor's note on an answer (from the submission), a reviewer's
    /// comment (from the decision), a corrective action's step note (from the step). The notes' presence stays.
    /// </summary>
    private static int StaffComments(IDbConnection c, IDbTransaction tx, DateTime cut)
    {
        const string p = ConsumerIdentity.Placeholder;
        return c.Execute($"""
                UPDATE answer SET note = '{p}' FROM submission s
                WHERE s.id = answer.submission_id AND s.submitted_at < $cut AND answer.note IS NOT NULL AND answer.note <> '{p}'
                """, new { cut }, tx)
            + c.Execute($"UPDATE audit_review SET comment = '{p}' WHERE decided_at < $cut AND comment IS NOT NULL AND comment <> '{p}'", new { cut }, tx)
            + c.Execute($"UPDATE corrective_action_event SET note = '{p}' WHERE happened_at < $cut AND note IS NOT NULL AND note <> '{p}'", new { cut }, tx);
    }

    /// <summary>
    /// Respondents' device data — browser string and coordinates — of questionnaires (no auditor). An auditor's
    /// coordinates stay: they are the audit act's evidence of the visit (VisitChecks), staff data kept with the act.
    /// </summary>
    private static int Devices(IDbConnection c, IDbTransaction tx, DateTime cut) => c.Execute($"""
        UPDATE submission SET user_agent = CASE WHEN user_agent IS NOT NULL THEN '{ConsumerIdentity.Placeholder}' END,
            latitude = NULL, longitude = NULL
        WHERE auditor IS NULL AND coalesce(submitted_at, started_at) < $cut
          AND (latitude IS NOT NULL OR longitude IS NOT NULL OR coalesce(user_agent, '{ConsumerIdentity.Placeholder}') <> '{ConsumerIdentity.Placeholder}')
        """, new { cut }, tx);
}
