using System.Globalization;
using Analytics.Engine.Surveys;
using Analytics.Engine.Vocabulary;
using Dashboard.Localization;

namespace Dashboard.Surveys;

/// <summary>
/// Emerging topics and words of one window pair as the page shows them and the file keeps them: share now and before
/// with their counts, the Benjamini–Hochberg q and up to three example comments (masked by the Engine). A window below
/// the survey minimum n has no rows; the page says «недостаточно ответов».
/// </summary>
public static class TopicTable
{
    public const string Prefix = "topics-";

    public static string NameOf(string window) => Prefix + window;

    public static TableView Build(EmergingReport r, Ui t) => new(NameOf(r.Window),
        [t["Topics.Kind"], t["Topics.Term"], t["Topics.Now"], t["Topics.Before"], "q (BH)", t["Topics.Examples"]],
        r.Hidden ? [] : [.. r.Terms.Select(x => new object?[]
        {
            t.Label(Vocab.TermKind, x.Kind), x.Kind == "topic" ? t.Label(Vocab.Topic, x.Term) : x.Term,
            new Cell(x.ShareNow, $"{Numbers.Share(x.ShareNow)} ({x.Now:N0} / {x.NowTotal:N0})"),
            new Cell(x.ShareBefore, $"{Numbers.Share(x.ShareBefore)} ({x.Before:N0} / {x.BeforeTotal:N0})"),
            new Cell(x.Q, Numbers.Decimal(x.Q, 3)),
            string.Join(" · ", x.Examples.Select(e => $"«{e}»")),
        })]);

    /// <summary>«Сейчас: 09.03.2026 — 15.03.2026, 40 комм.; ранее: …» for the table's caption.</summary>
    public static string Windows(EmergingReport r, Ui t) => string.Format(CultureInfo.CurrentUICulture, t["Topics.Windows"],
        Day(r.Windows.NowFrom), Day(r.Windows.NowTo.AddDays(-1)), Count(r, r.NowTotal, t), Day(r.Windows.BeforeFrom), Day(r.Windows.NowFrom.AddDays(-1)), Count(r, r.BeforeTotal, t));

    private static string Day(DateTime d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
    private static string Count(EmergingReport r, int n, Ui t) =>
        Suppression.Show(n, r.MinimumN, () => string.Format(CultureInfo.CurrentUICulture, t["Topics.Comments"], n.ToString("N0", CultureInfo.CurrentUICulture)));
}
