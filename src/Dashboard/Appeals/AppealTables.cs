using Dashboard.Export;
using Dashboard.Localization;
using Analytics.Engine.Vocabulary;

namespace Dashboard.Appeals;

/// <summary>The appeals dashboard's tables by name, for the page and for CSV/XLSX export alike.</summary>
public static class AppealTables
{
    public const string ByChannel = "by-channel", ByKind = "by-kind", ByTopic = "by-topic", ByMonth = "by-month",
        Overdue = "overdue", DueSoon = "due-soon";

    public static readonly string[] Names = [ByChannel, ByKind, ByTopic, ByMonth, Overdue, DueSoon];

    public static TableView? Get(string name, AppealReport report, Ui t, DateOnly? today = null) => name switch
    {
        "by-channel" => Counts(name, report.ByChannel, t["Filter.Channel"], report.Total, t),
        "by-kind" => Counts(name, report.ByKind.Select(k => k with { Label = t.Label(Vocab.AppealKind, k.Key) }).ToList(), t["Appeals.ByKind"], report.Total, t),
        "by-topic" => Counts(name, report.ByTopic.Select(k => k with { Label = k.Key.Length == 0 ? t["Appeals.NoTopic"] : t.Label(Vocab.Topic, k.Key) }).ToList(),
            t["Appeals.ByTopic"], report.Total, t),
        "by-month" => ByMonths(report, t, today ?? Analytics.Engine.Time.DisplayTime.Default.Today),
        "overdue" => Due(name, report.Overdue, t),
        "due-soon" => Due(name, report.DueSoon, t),
        _ => null,
    };

    /// <summary>
    /// Months as "янв 2026"; a month still running on <paramref name="today"/> (Moscow) as "дек 2026*", and then the
    /// table's footnote "* период не завершён: данные по 03.12.2026" (the Engine's rule and text).
    /// </summary>
    private static TableView ByMonths(AppealReport report, Ui t, DateOnly today)
    {
        var months = report.ByMonth.Select(m => Month(m.Key) is { } first ? m with { Label = PeriodLabels.Of(first, Analytics.Engine.Indicators.Granularity.Month, today) } : m).ToList();
        var view = Counts(ByMonth, months, t["Appeals.ByMonth"], report.Total, t);
        return months.Any(m => m.Label.EndsWith(PeriodLabels.Mark, StringComparison.Ordinal)) ? view with { Footnote = PeriodLabels.PartialNote(today) } : view;
    }

    private static DateOnly? Month(string key) =>
        key.Length == 7 && int.TryParse(key[..4], out var y) && int.TryParse(key[5..], out var m) && m is >= 1 and <= 12 && y is >= 1 and <= 9999
            ? new DateOnly(y, m, 1) : null;

    /// <summary>Shares as "12,3 %"; the file keeps the percent number.</summary>
    private static TableView Counts(string name, IReadOnlyList<AppealCount> counts, string label, long total, Ui t) =>
        new(name, [label, t["Appeals.Count"], t["Appeals.Share"]],
            [.. counts.Select(c => new object?[] { c.Label, c.Count,
                new Cell(total == 0 ? 0 : Math.Round(100.0 * c.Count / total, 1), Numbers.Share(total == 0 ? 0 : (double)c.Count / total)) })]);

    private static TableView Due(string name, IReadOnlyList<AppealDue> rows, Ui t) =>
        new(name, [t["Appeals.RegisterNo"], t["Filter.Office"], t["Appeals.Received"], t["Appeals.Due"], t["Appeals.RegisterDue"], t["Appeals.Consumer"], t["Appeals.Phone"]],
            [.. rows.Select(r => new object?[] { r.RegisterNo, r.OfficeCode, r.ReceivedAt, r.DueOn, r.RegisterDue, r.ConsumerName, r.ConsumerPhone })]);
}
