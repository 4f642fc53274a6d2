using System.Globalization;
using Analytics.Engine.Store;

namespace Analytics.Engine.Compliance;

/// <summary>
/// Calls re-timed to the methodology's answer norm (<c>CallsAtNorm.sql</c>): the one home of "answered within the
/// norm", so the indicators, the annual report's phone table, the Declaration, <see cref="NormComplianceService"/> and
/// the call records show the same figure. The range and the norm are inlined as literals (dates and a number, never
/// input text), as the indicator counts do, so DuckDB can prune by them.
/// </summary>
public static class CallsAtNorm
{
    /// <summary>
    /// A SELECT (to use as a subquery) of every call row in [<paramref name="from"/>, <paramref name="to"/>) — null
    /// for no bound — with columns center_code, started_at (interval start or call start), interval_minutes, routed_unit, call_id, is_interval, offered,
    /// answered, abandoned, exported_in_norm, in_norm (NULL: not comparable with the norm), wait_seconds,
    /// search_seconds, after_call_seconds.
    /// </summary>
    public static string Sql(DateOnly? from, DateOnly? to, double answerSeconds) =>
        SqlResource.Load("Compliance.CallsAtNorm.sql")
            .Replace("$calls_from", Bound(from, "'-infinity'"), StringComparison.Ordinal)
            .Replace("$calls_to", Bound(to, "'infinity'"), StringComparison.Ordinal)
            .Replace("$answer_s", answerSeconds.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Bound(DateOnly? day, string open) =>
        $"TIMESTAMP {(day is { } d ? $"'{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'" : open)}";
}
