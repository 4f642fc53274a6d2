using System.Data;
using Dapper;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// The survey-invitation part of an erasure (#18's closed loop keeps who was invited, where to, and who consented or
/// opted out). An invitee is known by a client key — the register's account, or <c>e:</c>+e-mail / <c>p:</c>+phone
/// digits when the appeal or call had no account — and by the address the invitation went to. Rows stay (the funnel
/// still counts them); the key becomes the consumer's stable pseudonym (the same one their appeals get), the address
/// <see cref="ConsumerIdentity.Placeholder"/>. Consent and opt-out are pseudonymised too: a later event of the same
/// person then finds no consent under the real key, so nobody is invited again after asking to be erased.
/// Runs inside <see cref="ErasureCore.Apply"/>, after its temp tables <c>pd_target</c>/<c>pd_appeal</c> are filled.
/// </summary>
internal static class InvitationErasure
{
    private const string InTarget = "IN (SELECT hash FROM pd_target)";

    /// <summary>SQL: true when client key <paramref name="k"/> names one of the target identifiers.</summary>
    public static string ClientMatch(string k) =>
        $"(pd_hash('key', pd_key({k})) {InTarget} " +
        $"OR (starts_with({k}, 'e:') AND pd_hash('email', pd_email(substr({k}, 3))) {InTarget}) " +
        $"OR (starts_with({k}, 'p:') AND pd_hash('phone', pd_phone(substr({k}, 3))) {InTarget}))";

    /// <summary>
    /// Temp tables <c>pd_client</c> (the consumer's client keys) and <c>pd_invitee</c> (their keys and addresses as
    /// stored, to be scrubbed from prose such as a transport's error text).
    /// </summary>
    public static void Find(IDbConnection c, IDbTransaction tx) => c.Execute($"""
        CREATE OR REPLACE TEMP TABLE pd_client AS
        SELECT DISTINCT o.client_key FROM invitation_outbox o JOIN invitation_rule r ON r.code = o.rule_code
        WHERE {ClientMatch("o.client_key")}
           OR pd_hash('phone', pd_phone(o.address)) {InTarget} OR pd_hash('email', pd_email(o.address)) {InTarget}
           OR (r.event_kind = 'appeal_answered' AND o.event_ref IN (SELECT register_no FROM pd_appeal))
           OR (r.event_kind = 'call_handled' AND o.event_ref IN (
                SELECT call_id FROM call_record WHERE pd_hash('phone', pd_phone(caller_phone)) {InTarget}))
        UNION SELECT client_key FROM client_consent WHERE {ClientMatch("client_key")}
        UNION SELECT client_key FROM client_opt_out WHERE {ClientMatch("client_key")};
        CREATE OR REPLACE TEMP TABLE pd_invitee AS
        SELECT DISTINCT v FROM (
            SELECT unnest([client_key, CASE WHEN starts_with(client_key, 'e:') OR starts_with(client_key, 'p:') THEN substr(client_key, 3) END]) AS v
            FROM pd_client
            UNION ALL SELECT address FROM invitation_outbox WHERE client_key IN (SELECT client_key FROM pd_client))
        WHERE v IS NOT NULL AND NOT starts_with(v, '{ConsumerIdentity.PseudonymPrefix}');
        """, transaction: tx);

    /// <summary>Pseudonymises the found rows; <paramref name="count"/> gets rows changed per table.</summary>
    public static void Apply(IDbConnection c, IDbTransaction tx, Action<string, int> count)
    {
        const string ps = ConsumerIdentity.PseudonymPrefix;
        count("invitation_outbox", PseudonymiseOutbox(c, tx, "client_key IN (SELECT client_key FROM pd_client)"));
        foreach (var table in new[] { "client_consent", "client_opt_out" })
            count(table, c.Execute($"""
                UPDATE {table} SET client_key = pd_pseudonym(client_key)
                WHERE client_key IN (SELECT client_key FROM pd_client) AND NOT starts_with(client_key, '{ps}')
                """, transaction: tx));
        c.Execute("DROP TABLE pd_client", transaction: tx);
    }

    /// <summary>
    /// Outbox rows that <paramref name="rows"/> (a WHERE term) selects get the pseudonym for their client key and the
    /// placeholder for their address; rows already so are left alone. Shared by the erasure and the retention sweep.
    /// </summary>
    public static int PseudonymiseOutbox(IDbConnection c, IDbTransaction tx, string rows)
    {
        const string p = ConsumerIdentity.Placeholder;
        return c.Execute($"""
            UPDATE invitation_outbox SET client_key = pd_pseudonym(client_key), address = CASE WHEN address IS NOT NULL THEN '{p}' END
            WHERE {rows} AND (NOT starts_with(client_key, '{ConsumerIdentity.PseudonymPrefix}') OR coalesce(address, '{p}') <> '{p}')
            """, transaction: tx);
    }
}
