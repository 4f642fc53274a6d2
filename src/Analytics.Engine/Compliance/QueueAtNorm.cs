using System.Globalization;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store;

namespace Analytics.Engine.Compliance;

/// <summary>
/// Queue visits timed against the methodology's norms (<c>QueueAtNorm.sql</c>): the one home of "waiting" and
/// "reception" for the indicators, <see cref="NormComplianceService"/>, the annual report, the Declaration and the
/// queue records, so each surface's mean wait and reception is the same figure. Like <see cref="CallsAtNorm"/>, the
/// range and the norms are inlined as literals (dates and numbers, never input text).
/// </summary>
public static class QueueAtNorm
{
    /// <summary>
    /// A SELECT (to use as a subquery) of every ticket issued in [<paramref name="from"/>, <paramref name="to"/>) — null
    /// for no bound — with columns office_code, ticket, issued_at, called_at, finished_at, wait_seconds,
    /// reception_seconds, total_seconds, wait_in_norm, reception_in_norm, total_in_norm.
    /// </summary>
    public static string Sql(DateOnly? from, DateOnly? to, ComplianceNorms norms)
    {
        ArgumentNullException.ThrowIfNull(norms);
        var c = CultureInfo.InvariantCulture;
        return SqlResource.Load("Compliance.QueueAtNorm.sql")
            .Replace("$queue_from", Bound(from, "'-infinity'"), StringComparison.Ordinal)
            .Replace("$queue_to", Bound(to, "'infinity'"), StringComparison.Ordinal)
            .Replace("$wait_s", (norms.QueueWaitMinutes * 60).ToString(c), StringComparison.Ordinal)
            .Replace("$reception_s", (norms.ReceptionMinutes * 60).ToString(c), StringComparison.Ordinal)
            .Replace("$total_s", (norms.TotalMinutes * 60).ToString(c), StringComparison.Ordinal);
    }

    private static string Bound(DateOnly? day, string open) =>
        $"TIMESTAMP {(day is { } d ? $"'{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'" : open)}";
}
