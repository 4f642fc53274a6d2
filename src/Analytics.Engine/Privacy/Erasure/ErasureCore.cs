using System.Data;
using Dapper;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// Finds one consumer's rows from identifier hashes and removes their personal data, inside the caller's transaction.
/// Shared by <see cref="ConsumerErasure"/> (a person asks) and the restore (tombstones re-applied to an old backup).
/// Rows stay (an appeal still counts, a repeat complaint still pairs with its first): the account becomes a stable
/// pseudonym, the name, phone, e-mail and address <see cref="ConsumerIdentity.Placeholder"/>, and the values found are
/// scrubbed from prose everywhere (<see cref="ErasureScrub"/>).
/// </summary>
internal static class ErasureCore
{
    /// <summary>
    /// What was changed: rows per table, every identifier hash the consumer turned out to have, and the values found
    /// (name, phone, e-mail, address, account as stored) — held in memory only, to find the person in export files.
    /// </summary>
    public sealed record Outcome(IReadOnlyDictionary<string, long> Changed, IReadOnlyList<(string Kind, string Hash)> Hashes,
        IReadOnlyList<string> Values)
    {
        public int Tables => Changed.Count(t => t.Value > 0);
        public long Rows => Changed.Values.Sum();
    }

    /// <summary>
    /// Columns the erasure replaces because they identify the consumer (key columns among them, which the prose scrub
    /// leaves alone); every other text column is reached by <see cref="ErasureScrub"/>. Read by the inventory test.
    /// </summary>
    public static IReadOnlySet<string> Replaced { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "appeal.consumer_key", "appeal.consumer_name", "appeal.consumer_phone", "appeal.consumer_email", "appeal.consumer_address",
        "answer.value_text", "call_record.caller_phone", "invitation_outbox.client_key", "invitation_outbox.address",
        "client_consent.client_key", "client_opt_out.client_key",
    };

    private const string InTarget = "IN (SELECT hash FROM pd_target)";

    public static Outcome Apply(IDbConnection c, IDbTransaction tx, string salt, IEnumerable<(string Kind, string Hash)> hashes)
    {
        ConsumerIdentity.Macros(c, salt, tx);
        PersonalData.Prepare(c);
        c.Execute("CREATE OR REPLACE TEMP TABLE pd_target (hash VARCHAR, kind VARCHAR)", transaction: tx);
        foreach (var (kind, hash) in hashes.Distinct())
            c.Execute("INSERT INTO pd_target VALUES ($hash, $kind)", new { hash, kind }, tx);

        // Two rounds: the account found by a phone brings the consumer's other appeals and their other phone/e-mail.
        for (var round = 0; round < 2; round++)
        {
            c.Execute($"""
                CREATE OR REPLACE TEMP TABLE pd_appeal AS SELECT register_no FROM appeal
                WHERE pd_hash('key', pd_key(consumer_key)) {InTarget} OR pd_hash('phone', pd_phone(consumer_phone)) {InTarget}
                   OR pd_hash('email', pd_email(consumer_email)) {InTarget};
                CREATE OR REPLACE TEMP TABLE pd_answer AS SELECT a.submission_id, a.item_code, a.value_text FROM answer a
                JOIN submission s ON s.id = a.submission_id
                WHERE {PersonalData.AnswerSql("s", "a")} AND a.submission_id IN (
                    SELECT x.submission_id FROM answer x
                    WHERE pd_hash('phone', pd_phone(x.value_text)) {InTarget} OR pd_hash('email', pd_email(x.value_text)) {InTarget});
                INSERT INTO pd_target
                SELECT DISTINCT h, kind FROM (
                    SELECT pd_hash('key', pd_key(consumer_key)) AS h, 'key' AS kind FROM appeal WHERE register_no IN (SELECT register_no FROM pd_appeal)
                    UNION ALL SELECT pd_hash('phone', pd_phone(consumer_phone)), 'phone' FROM appeal WHERE register_no IN (SELECT register_no FROM pd_appeal)
                    UNION ALL SELECT pd_hash('email', pd_email(consumer_email)), 'email' FROM appeal WHERE register_no IN (SELECT register_no FROM pd_appeal)
                    UNION ALL SELECT pd_hash('phone', pd_phone(value_text)), 'phone' FROM pd_answer
                    UNION ALL SELECT pd_hash('email', pd_email(value_text)), 'email' FROM pd_answer)
                WHERE h IS NOT NULL AND h NOT IN (SELECT hash FROM pd_target);
                """, transaction: tx);
        }

        InvitationErasure.Find(c, tx);

        // The values as stored, to find them in prose before the fields themselves are replaced.
        var values = c.Query<string>($"""
            SELECT v FROM (
                SELECT unnest([consumer_key, consumer_name, consumer_phone, consumer_email, consumer_address]) AS v
                FROM appeal WHERE register_no IN (SELECT register_no FROM pd_appeal)
                UNION SELECT value_text FROM pd_answer
                UNION SELECT v FROM pd_invitee
                UNION SELECT caller_phone FROM call_record WHERE pd_hash('phone', pd_phone(caller_phone)) {InTarget})
            WHERE v IS NOT NULL AND NOT starts_with(v, '{ConsumerIdentity.PseudonymPrefix}')
            """, transaction: tx).ToList();

        var changed = new Dictionary<string, long>(StringComparer.Ordinal);
        void Count(string table, int n) { if (n > 0) changed[table] = changed.GetValueOrDefault(table) + n; }
        var p = ConsumerIdentity.Placeholder;
        Count("appeal", c.Execute($"""
            UPDATE appeal SET consumer_key = pd_pseudonym(consumer_key),
                consumer_name = CASE WHEN consumer_name IS NOT NULL THEN '{p}' END,
                consumer_phone = CASE WHEN consumer_phone IS NOT NULL THEN '{p}' END,
                consumer_email = CASE WHEN consumer_email IS NOT NULL THEN '{p}' END,
                consumer_address = CASE WHEN consumer_address IS NOT NULL THEN '{p}' END
            WHERE register_no IN (SELECT register_no FROM pd_appeal)
              AND (coalesce(consumer_name, consumer_phone, consumer_email, consumer_address, '{p}') <> '{p}'
                   OR NOT starts_with(coalesce(consumer_key, '{ConsumerIdentity.PseudonymPrefix}'), '{ConsumerIdentity.PseudonymPrefix}'))
            """, transaction: tx));
        Count("answer", c.Execute($"""
            UPDATE answer SET value_text = '{p}'
            WHERE value_text IS NOT NULL AND value_text <> '{p}' AND EXISTS (
                SELECT 1 FROM pd_answer x WHERE x.submission_id = answer.submission_id AND x.item_code = answer.item_code)
            """, transaction: tx));
        Count("call_record", c.Execute(
            $"UPDATE call_record SET caller_phone = '{p}' WHERE pd_hash('phone', pd_phone(caller_phone)) {InTarget}", transaction: tx));
        InvitationErasure.Apply(c, tx, Count);
        ErasureScrub.Run(c, tx, values, changed);

        var all = c.Query<(string Kind, string Hash)>("SELECT DISTINCT kind, hash FROM pd_target ORDER BY kind, hash", transaction: tx).ToList();
        c.Execute("DROP TABLE pd_target; DROP TABLE pd_appeal; DROP TABLE pd_answer; DROP TABLE pd_invitee", transaction: tx);
        return new Outcome(changed, all, values);
    }
}
