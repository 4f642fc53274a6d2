using System.Data;
using Analytics.Engine.Audit;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>Rows pseudonymised by one sweep, per kind of personal data.</summary>
public sealed record RetentionResult(long Appeals, long ControlCalls, long SurveyContacts, long FreeTexts, long CallerPhones,
    long SignInIps, long QuarantineLines, long Invitations, long AppealTexts, long StaffComments, long FailedSignInNames, long Devices)
{
    public long Total => Appeals + ControlCalls + SurveyContacts + FreeTexts + CallerPhones + SignInIps + QuarantineLines + Invitations
                         + AppealTexts + StaffComments + FailedSignInNames + Devices + Partials;

    /// <summary>Partial questionnaire responses deleted (the only rows this sweep deletes: they were never a response).</summary>
    public long Partials { get; init; }
}

/// <summary>
/// The nightly retention sweep (ADR 0021): personal values older than their <see cref="RetentionOptions"/> period are
/// replaced by <see cref="ConsumerIdentity.Placeholder"/> (an IP by NULL), an account by its stable pseudonym. Rows are
/// never deleted (save stale partial questionnaire responses, which were never a response) and nullness is kept, so every count and indicator stays the same. One transaction with an audit
/// entry of the counts; running it again changes nothing. Fenced against background exports like an erasure (ADR 0031).
/// </summary>
public sealed partial class RetentionSweep(AnalyticsStore store, IOptions<RetentionOptions> options, TimeProvider? clock = null)
{
    /// <summary>
    /// Sweeps once. Goes through the erasure fence (ADR 0031) like a consumer's erasure: a background export that read
    /// values this sweep replaces reads again rather than publish them; a sweep that changed nothing sends none back.
    /// </summary>
    public RetentionResult Run() => ErasureFence.Erase(store, Sweep, result => result.Total > 0);

    private RetentionResult Sweep()
    {
        var o = options.Value;
        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        const string p = ConsumerIdentity.Placeholder;
        const string ps = ConsumerIdentity.PseudonymPrefix;
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        ConsumerIdentity.Macros(c, ConsumerIdentity.Salt(c, tx), tx);
        PersonalData.Prepare(c);
        PrepareTextItems(c);

        var appeals = c.Execute($"""
            UPDATE appeal SET consumer_key = pd_pseudonym(consumer_key),
                consumer_name = CASE WHEN consumer_name IS NOT NULL THEN '{p}' END,
                consumer_phone = CASE WHEN consumer_phone IS NOT NULL THEN '{p}' END,
                consumer_email = CASE WHEN consumer_email IS NOT NULL THEN '{p}' END,
                consumer_address = CASE WHEN consumer_address IS NOT NULL THEN '{p}' END
            WHERE coalesce(answered_at, registered_at) < $cut
              AND (coalesce(consumer_name, consumer_phone, consumer_email, consumer_address, '{p}') <> '{p}'
                   OR NOT starts_with(coalesce(consumer_key, '{ps}'), '{ps}'))
            """, new { cut = now.AddYears(-o.AppealContactYears) }, tx);
        var controlCalls = c.Execute($"UPDATE control_call SET comment = '{p}' WHERE called_at < $cut AND comment IS NOT NULL AND comment <> '{p}'",
            new { cut = now.AddYears(-o.AppealContactYears) }, tx);
        var contacts = Answers(c, tx, PersonalData.AnswerSql("s", "answer"), now.AddMonths(-o.SurveyContactMonths));
        var texts = Answers(c, tx,
            "EXISTS (SELECT 1 FROM pd_text_item t WHERE t.definition_id = s.definition_id AND t.version = s.version AND t.item_code = answer.item_code)",
            now.AddYears(-o.FreeTextYears));
        var phones = c.Execute($"UPDATE call_record SET caller_phone = '{p}' WHERE started_at < $cut AND caller_phone IS NOT NULL AND caller_phone <> '{p}'",
            new { cut = now.AddMonths(-o.CallerPhoneMonths) }, tx);
        var ips = c.Execute("UPDATE sign_in_event SET remote_ip = NULL WHERE attempted_at < $cut AND remote_ip IS NOT NULL",
            new { cut = now.AddMonths(-o.SignInIpMonths) }, tx);
        var lines = c.Execute($"UPDATE quarantine SET raw = '{p}' WHERE created_at < $cut AND raw IS NOT NULL AND raw <> '{p}'",
            new { cut = now.AddMonths(-o.QuarantineRawMonths) }, tx);
        var invitations = Invitations(c, tx, now.AddMonths(-o.InvitationAddressMonths));
        var appealTexts = c.Execute($"UPDATE appeal SET text = '{p}' WHERE coalesce(answered_at, registered_at) < $cut AND text IS NOT NULL AND text <> '{p}'",
            new { cut = now.AddYears(-o.AppealTextYears) }, tx);
        var comments = StaffComments(c, tx, now.AddYears(-o.StaffCommentYears));
        var names = c.Execute($"UPDATE sign_in_event SET user_name = '{p}' WHERE NOT succeeded AND attempted_at < $cut AND user_name <> '{p}'",
            new { cut = now.AddMonths(-o.FailedSignInNameMonths) }, tx);
        var devices = Devices(c, tx, now.AddMonths(-o.DeviceDataMonths));

        var partials = Surveys.PartialResponses.DeleteOlderThan(c, tx, now.AddDays(-o.PartialResponseDays));

        var result = new RetentionResult(appeals, controlCalls, contacts, texts, phones, ips, lines, invitations, appealTexts, comments, names, devices)
            { Partials = partials };
        if (result.Total > 0)
            AuditTrail.Append(c, tx, AuditTrail.System, "pseudonymise", AuditKinds.Consumer, "retention", null, result, now);
        tx.Commit();
        return result;
    }

    /// <summary>Answers matching <paramref name="itemSql"/> (over <c>answer</c> and its submission <c>s</c>) submitted before the cut.</summary>
    private static int Answers(IDbConnection c, IDbTransaction tx, string itemSql, DateTime cut) => c.Execute($"""
        UPDATE answer SET value_text = '{ConsumerIdentity.Placeholder}'
        FROM submission s
        WHERE s.id = answer.submission_id AND s.submitted_at < $cut
          AND answer.value_text IS NOT NULL AND answer.value_text <> '{ConsumerIdentity.Placeholder}' AND {itemSql}
        """, new { cut }, tx);

    /// <summary>Temp table <c>pd_text_item</c>: the free-text items (short and long text) of every stored form version.</summary>
    private static void PrepareTextItems(IDbConnection c)
    {
        c.Execute("CREATE OR REPLACE TEMP TABLE pd_text_item (definition_id VARCHAR, version INTEGER, item_code VARCHAR)");
        foreach (var (id, version, json) in c.Query<(string, int, string)>("SELECT definition_id, version, json FROM form_version").ToList())
        {
            FormDefinition form;
            try { form = FormJson.Deserialize(json, $"form {id} v{version}"); }
            catch (FormatException) { continue; }
            foreach (var item in form.AllItems().Where(i => i.Type is QuestionType.ShortText or QuestionType.LongText))
                c.Execute("INSERT INTO pd_text_item VALUES ($id, $version, $code)", new { id, version, code = item.Code });
        }
    }
}
