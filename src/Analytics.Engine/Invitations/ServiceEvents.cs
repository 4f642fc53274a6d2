using System.Data;
using Dapper;

namespace Analytics.Engine.Invitations;

/// <summary>A service event a client can be asked about: what happened, to whom, where, when (office wall clock).</summary>
internal sealed record ServiceEvent(string Ref, string? ClientKey, string OfficeCode, string? Email, string? Phone, DateTime At);

/// <summary>
/// Where each event kind comes from. Only two kinds have a source in the store today: an answered appeal (register
/// with e-mail and phone) and a handled call (call records with the caller's number, SMS only). A finished queue
/// visit has no client contact in the queue log; grid-connection stages and power restorations have no table yet —
/// rules on them are accepted and simply find no events (ADR 0025).
/// </summary>
internal static class ServiceEvents
{
    public static readonly IReadOnlySet<string> WithSource = new HashSet<string> { "appeal_answered", "call_handled" };

    // The client key is the register's consumer key, else the normalised e-mail or phone: consent and opt-out are kept per key.
    private const string AppealsSql = """
        SELECT register_no AS Ref,
               coalesce(nullif(trim(consumer_key), ''), 'e:' || lower(trim(consumer_email)),
                        'p:' || nullif(regexp_replace(consumer_phone, '[^0-9]', '', 'g'), '')) AS ClientKey,
               office_code AS OfficeCode, nullif(trim(consumer_email), '') AS Email, nullif(trim(consumer_phone), '') AS Phone,
               answered_at AS At
        FROM appeal
        WHERE answered_at IS NOT NULL AND answered_at >= $from AND answered_at <= $to
        ORDER BY answered_at, register_no
        """;

    private const string CallsSql = """
        SELECT call_id AS Ref, 'p:' || regexp_replace(caller_phone, '[^0-9]', '', 'g') AS ClientKey,
               coalesce(nullif(routed_unit, ''), center_code) AS OfficeCode, CAST(NULL AS VARCHAR) AS Email, caller_phone AS Phone,
               started_at + to_seconds(CAST(coalesce(wait_seconds, 0) + coalesce(handle_seconds, 0) AS BIGINT)) AS At
        FROM call_record
        WHERE answered AND closed_by IS DISTINCT FROM 'abandoned' AND caller_phone IS NOT NULL
          AND started_at >= $from AND started_at <= $to
        ORDER BY started_at, call_id
        """;

    /// <summary>Events of a kind whose wall-clock time lies in [from, to] (widened by the caller for time zones).</summary>
    public static IReadOnlyList<ServiceEvent> Find(IDbConnection c, string kind, DateTime from, DateTime to) => kind switch
    {
        "appeal_answered" => [.. c.Query<ServiceEvent>(AppealsSql, new { from, to })],
        "call_handled" => [.. c.Query<ServiceEvent>(CallsSql, new { from, to })],
        _ => [],
    };
}
