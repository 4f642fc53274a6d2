using Dashboard.Export;
using Dashboard.Localization;

namespace Dashboard.Appeals;

/// <summary>The appeals dashboard's tables by name, for the page and for CSV/XLSX export alike.</summary>
public static class AppealTables
{
    public const string ByChannel = "by-channel", ByKind = "by-kind", ByTopic = "by-topic", ByMonth = "by-month",
        Overdue = "overdue", DueSoon = "due-soon";

    public static readonly string[] Names = [ByChannel, ByKind, ByTopic, ByMonth, Overdue, DueSoon];

    public static TableView? Get(string name, AppealReport report, Ui t) => name switch
    {
        "by-channel" => Counts(name, report.ByChannel, t["Filter.Channel"], report.Total, t),
        "by-kind" => Counts(name, report.ByKind.Select(k => k with { Label = t["Kind." + k.Key] }).ToList(), t["Appeals.ByKind"], report.Total, t),
        "by-topic" => Counts(name, report.ByTopic.Select(k => k.Label.Length == 0 ? k with { Label = "—" } : k).ToList(), t["Appeals.ByTopic"], report.Total, t),
        "by-month" => Counts(name, report.ByMonth, t["Appeals.ByMonth"], report.Total, t),
        "overdue" => Due(name, report.Overdue, t),
        "due-soon" => Due(name, report.DueSoon, t),
        _ => null,
    };

    private static TableView Counts(string name, IReadOnlyList<AppealCount> counts, string label, long total, Ui t) =>
        new(name, [label, t["Appeals.Count"], t["Appeals.Share"]],
            [.. counts.Select(c => new object?[] { c.Label, c.Count, total == 0 ? 0 : Math.Round(100.0 * c.Count / total, 1) })]);

    private static TableView Due(string name, IReadOnlyList<AppealDue> rows, Ui t) =>
        new(name, [t["Appeals.RegisterNo"], t["Filter.Office"], t["Appeals.Received"], t["Appeals.Due"], t["Appeals.Consumer"], t["Appeals.Phone"]],
            [.. rows.Select(r => new object?[] { r.RegisterNo, r.OfficeCode, r.ReceivedAt, r.DueOn, r.ConsumerName, r.ConsumerPhone })]);
}
