using Analytics.Engine.Forms;
using Analytics.Engine.Statistics;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Surveys;

/// <summary>
/// One driver of a target: its relative weight (share of the target's variance it accounts for) with a bootstrap
/// interval, and its current performance (the top-box share, 0..1). "Fix first" = above-median importance and
/// below-median performance.
/// </summary>
public sealed record Driver(string Code, string TextRu, double Importance, double Low, double High, double Performance, long N, bool FixFirst);

/// <summary>The drivers of one target over a filter; <see cref="N"/> is the complete cases the weights rest on.</summary>
public sealed record DriverResults(SurveyFilter Filter, string Target, string TargetTextRu, double RSquared, int N, IReadOnlyList<Driver> Drivers, int MinimumN)
{
    /// <summary>Fewer than <see cref="KeyDrivers.MinimumCases"/> complete cases (or below the survey floor): no weights shown.</summary>
    public bool Insufficient => N < Math.Max(MinimumN, KeyDrivers.MinimumCases);

    /// <summary>The median importance and performance: the quadrant's dividing lines ("fix first" is above and left).</summary>
    public (double Importance, double Performance) Medians =>
        (KeyDrivers.Median(Drivers.Select(d => d.Importance)), KeyDrivers.Median(Drivers.Select(d => d.Performance)));
}

/// <summary>
/// Key-driver analysis of a questionnaire (read side): the target is a scale or yes/no question (default: the first
/// rating, overall satisfaction); the drivers are the other rating, CES and yes/no questions (NPS questions are
/// outcomes, never drivers). Johnson's relative weights over the responses that answered all of them, with 200
/// bootstrap resamples at a fixed seed. Questions answered by fewer than the survey floor are left out first.
/// </summary>
public sealed class KeyDrivers(AnalyticsStore store, int minimumN = Suppression.DefaultMinimumN)
{
    /// <summary>Complete cases below which no weights are computed (correlations of a handful of rows are noise).</summary>
    public const int MinimumCases = 30;

    public DriverResults Load(SurveyFilter filter, string? target = null, IReadOnlyList<string>? drivers = null, int resamples = 200)
    {
        var form = new SurveyResultsQuery(store, minimumN).Definition(filter.Form);
        var items = form.AllItems().ToList();
        var goal = target is null ? items.FirstOrDefault(i => i.Type == QuestionType.Rating)
            : items.FirstOrDefault(i => i.Code == target) ?? throw new ArgumentException($"Question '{target}' is not in form '{filter.Form}'.", nameof(target));
        if (goal is null || !QuestionStats.HasTopBox(goal)) throw new ArgumentException($"Question '{goal?.Code}' is not a scale or yes/no question.", nameof(target));
        var candidates = drivers is { Count: > 0 }
            ? drivers.Select(d => items.FirstOrDefault(i => i.Code == d) ?? throw new ArgumentException($"Question '{d}' is not in form '{filter.Form}'.", nameof(drivers))).ToList()
            : items.Where(i => i.Code != goal.Code && i.Type is QuestionType.Rating or QuestionType.Ces or QuestionType.YesNoNa).ToList();

        var rows = Rows(filter, [goal, .. candidates]);
        // A question everyone answers the same way (e.g. "may we contact you?" asked only of those who agreed) explains
        // nothing and, answered by few, would shrink the complete cases: left out with the rarely answered ones.
        var used = candidates.Where(c => rows.Count(r => r.ContainsKey(c.Code)) >= Math.Max(minimumN, 1)
            && rows.Where(r => r.ContainsKey(c.Code)).Select(r => r[c.Code]).Distinct().Skip(1).Any()).ToList();
        var complete = rows.Where(r => r.ContainsKey(goal.Code) && used.All(c => r.ContainsKey(c.Code))).ToList();
        var empty = new DriverResults(filter, goal.Code, goal.Text.Ru, 0, complete.Count, [], minimumN);
        if (used.Count == 0 || complete.Count < Math.Max(minimumN, MinimumCases)) return empty;

        var x = complete.Select(r => used.Select(c => r[c.Code]).ToArray()).ToList();
        var y = complete.Select(r => r[goal.Code]).ToList();
        var fit = RelativeWeights.Bootstrap(x, y, resamples);
        var performance = used.Select(c =>
        {
            var answers = rows.Where(r => r.ContainsKey(c.Code)).Select(r => r[c.Code]).ToList();
            var top = answers.Count(v => QuestionStats.IsFavourable(c, Key(c, v)) == true);
            return (Share: answers.Count == 0 ? 0 : (double)top / answers.Count, N: (long)answers.Count);
        }).ToList();
        var medianWeight = Median(fit.Weights.Select(w => w.Weight));
        var medianPerformance = Median(performance.Select(p => p.Share));
        var list = used.Select((c, j) => new Driver(c.Code, c.Text.Ru, fit.Weights[j].Weight, fit.Weights[j].Interval.Lower, fit.Weights[j].Interval.Upper,
                performance[j].Share, performance[j].N, fit.Weights[j].Weight >= medianWeight && performance[j].Share < medianPerformance))
            .OrderByDescending(d => d.Importance).ToList();
        return new DriverResults(filter, goal.Code, goal.Text.Ru, fit.RSquared, complete.Count, list, minimumN);
    }

    /// <summary>The value key <see cref="QuestionStats.IsFavourable"/> reads: yes/no from its 1/0 score.</summary>
    private static string Key(FormItem item, double v) =>
        item.Type == QuestionType.YesNoNa ? (v >= 1 ? "yes" : "no") : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    internal static double Median(IEnumerable<double> values)
    {
        var s = values.OrderBy(v => v).ToArray();
        return s.Length == 0 ? 0 : s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }

    /// <summary>Each response's numeric answers (yes/no as 1/0) to the given questions.</summary>
    private List<Dictionary<string, double>> Rows(SurveyFilter filter, List<FormItem> items)
    {
        var args = new DynamicParameters(filter.Args);
        for (var i = 0; i < items.Count; i++) args.Add($"i{i}", items[i].Code);
        using var c = store.Open();
        var cells = c.Query<(string Id, string Item, double Value)>($"""
            SELECT s.id, a.item_code, a.value_num {SurveyFilter.From_} JOIN answer a ON a.submission_id = s.id
            WHERE {SurveyFilter.Where} AND NOT a.not_applicable AND a.value_num IS NOT NULL
              AND a.item_code IN ({string.Join(", ", items.Select((_, i) => $"$i{i}"))})
            ORDER BY s.id, a.item_code
            """, args);
        return [.. cells.GroupBy(x => x.Id).Select(g => g.GroupBy(x => x.Item).ToDictionary(x => x.Key, x => x.First().Value, StringComparer.Ordinal))];
    }
}
