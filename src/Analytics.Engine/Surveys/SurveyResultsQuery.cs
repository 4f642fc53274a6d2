using System.Globalization;
using System.Text.Json;
using Analytics.Engine.Forms;
using Analytics.Engine.Statistics;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Surveys;

/// <summary>
/// Per-question results of one form (read side; pages, exports and the CLI call this, never their own SQL):
/// distributions with Wilson intervals, means and medians, NPS, completion and drop-off, a monthly trend and each
/// office against the rest on one question's top box, tested with the two-proportion z-test and Benjamini–Hochberg.
/// Partial responses not saved for <paramref name="abandonedHours"/> count as started but not completed (completion and
/// drop-off only; never in a distribution or score — ADR 0032).
/// </summary>
public sealed class SurveyResultsQuery(AnalyticsStore store, int minimumN = Suppression.DefaultMinimumN,
    int abandonedHours = SurveyOptions.DefaultPartialAbandonedHours, TimeProvider? clock = null)
{
    private sealed record Cell(string Item, double? Num, string? Text, bool Na, long N);
    private sealed record MonthCell(DateTime Month, string Item, double? Num, string? Text, long N);
    private sealed record OfficeCell(string? Office, double? Num, string? Text, long N);

    /// <summary>The published questionnaires (code, Russian title), for the form picker.</summary>
    public IReadOnlyList<(string Code, string TitleRu)> Forms()
    {
        using var c = store.Open();
        return [.. c.Query<(string, string)>("SELECT code, title_ru FROM form_definition WHERE kind = 'questionnaire' AND status = 'published' ORDER BY code")];
    }

    /// <summary>The form's published definition (latest version), or an error naming the form.</summary>
    public FormDefinition Definition(string form)
    {
        var forms = new FormRepository(store);
        var found = forms.Find(form) ?? throw new ArgumentException($"Form '{form}' is not in the store.", nameof(form));
        return forms.Version(found.Id)?.Definition ?? throw new ArgumentException($"Form '{form}' has no published version.", nameof(form));
    }

    public SurveyResults Load(SurveyFilter filter, string? compare = null)
    {
        var form = Definition(filter.Form);
        var items = form.AllItems().Where(i => i.Type is not (QuestionType.File or QuestionType.Signature)).ToList();
        var byCode = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var args = new DynamicParameters(filter.Args);
        var free = items.Where(i => i.Type is QuestionType.ShortText or QuestionType.LongText or QuestionType.DateTime).Select(i => i.Code).ToList();
        for (var i = 0; i < free.Count; i++) args.Add($"t{i}", free[i]);
        // Free text is counted, not grouped by its words (each comment would be a group of one).
        var text = free.Count == 0 ? "a.value_text" : $"CASE WHEN a.item_code IN ({string.Join(", ", free.Select((_, i) => $"$t{i}"))}) THEN 'text' ELSE a.value_text END";
        using var c = store.Open();
        var responses = c.ExecuteScalar<long>($"SELECT count(*) {SurveyFilter.From_} WHERE {SurveyFilter.Where}", args);
        var cells = c.Query<Cell>($"""
            SELECT a.item_code AS Item, a.value_num AS Num, {text} AS Text, a.not_applicable AS Na, count(*)::BIGINT AS N
            {SurveyFilter.From_} JOIN answer a ON a.submission_id = s.id
            WHERE {SurveyFilter.Where} GROUP BY ALL
            """, args).AsList();
        var required = items.Where(i => i.Required && i.ShowIf is null).Select(i => i.Code).ToList();
        for (var i = 0; i < required.Count; i++) args.Add($"r{i}", required[i]);
        var complete = required.Count == 0 ? responses : c.ExecuteScalar<long>($"""
            SELECT count(*) {SurveyFilter.From_} WHERE {SurveyFilter.Where} AND (SELECT count(DISTINCT a.item_code) FROM answer a
              WHERE a.submission_id = s.id AND (a.not_applicable OR a.value_num IS NOT NULL OR a.value_text IS NOT NULL)
              AND a.item_code IN ({string.Join(", ", required.Select((_, i) => $"$r{i}"))})) = {required.Count}
            """, args);

        var questions = items.Select(item =>
        {
            var mine = cells.Where(x => x.Item == item.Code).ToList();
            var counts = Count(item, mine.Where(x => !x.Na).Select(x => (x.Num, x.Text, x.N)));
            return QuestionStats.Build(item, counts, mine.Where(x => x.Na).Sum(x => x.N), responses);
        }).ToList();

        var abandoned = Abandoned(c, filter, form);
        if (abandoned.Count > 0)
        {
            // A partial whose last answer comes before a question dropped off before reaching it.
            var position = form.AllItems().Select((item, i) => (item.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
            var lastAt = abandoned.Select(code => code is not null && position.TryGetValue(code, out var i) ? i : -1).ToList();
            questions = [.. questions.Select(q => q with { Skipped = q.Skipped + lastAt.Count(i => i < position[q.Code]) })];
        }

        var months = Months(c, filter, args, items, byCode);
        compare ??= items.FirstOrDefault(i => i.Type == QuestionType.Nps)?.Code ?? items.FirstOrDefault(QuestionStats.HasTopBox)?.Code;
        var offices = compare is not null && byCode.TryGetValue(compare, out var compared) && QuestionStats.HasTopBox(compared)
            ? Offices(c, args, compared) : [];
        return new SurveyResults(filter, form.Title.Ru, responses, complete, questions, months, compare, offices, minimumN) { Abandoned = abandoned.Count };
    }

    /// <summary>The last answered item of each abandoned partial in the filter (saved within the period, by the office's branch; the web channel).</summary>
    private List<string?> Abandoned(System.Data.IDbConnection c, SurveyFilter filter, FormDefinition form)
    {
        if (filter.Channel is { } channel && channel != "internet") return [];
        var cut = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime.AddHours(-abandonedHours);
        return [.. c.Query<string?>("""
            SELECT p.last_item FROM survey_partial p JOIN form_definition f ON f.id = p.definition_id LEFT JOIN org_unit u ON u.code = p.office_code
            WHERE f.code = $form AND p.updated_at < $cut
              AND ($from IS NULL OR CAST(p.updated_at AS DATE) >= $from) AND ($to IS NULL OR CAST(p.updated_at AS DATE) <= $to)
              AND ($branch IS NULL OR u.parent_code = $branch OR p.office_code = $branch) AND ($office IS NULL OR p.office_code = $office)
            """, new { form = filter.Form, cut, from = filter.From, to = filter.To, branch = filter.Branch, office = filter.Office })];
    }

    private static List<MonthResult> Months(System.Data.IDbConnection c, SurveyFilter filter, DynamicParameters args, List<FormItem> items, Dictionary<string, FormItem> byCode)
    {
        var perMonth = c.Query<(DateTime Month, long N)>($"SELECT date_trunc('month', s.submitted_at) AS Month, count(*)::BIGINT {SurveyFilter.From_} WHERE {SurveyFilter.Where} GROUP BY 1 ORDER BY 1", args).AsList();
        var cells = c.Query<MonthCell>($"""
            SELECT date_trunc('month', s.submitted_at) AS Month, a.item_code AS Item, a.value_num AS Num, a.value_text AS Text, count(*)::BIGINT AS N
            {SurveyFilter.From_} JOIN answer a ON a.submission_id = s.id
            WHERE {SurveyFilter.Where} AND NOT a.not_applicable AND (a.value_num IS NOT NULL OR a.value_text IN ('yes', 'no')) GROUP BY ALL
            """, args).AsList();
        var scored = items.Where(QuestionStats.HasTopBox).ToList();
        return [.. perMonth.Select(m =>
        {
            var shares = new Dictionary<string, ShareResult>(StringComparer.Ordinal);
            foreach (var item in scored)
            {
                var counts = Count(item, cells.Where(x => x.Month == m.Month && x.Item == item.Code).Select(x => (x.Num, x.Text, x.N)));
                if (QuestionStats.Favourable(item, counts, counts.Values.Sum()) is { } share) shares[item.Code] = share;
            }
            return new MonthResult(DateOnly.FromDateTime(m.Month), m.N, shares);
        })];
    }

    private static List<OfficeComparison> Offices(System.Data.IDbConnection c, DynamicParameters args, FormItem item)
    {
        args.Add("item", item.Code);
        var cells = c.Query<OfficeCell>($"""
            SELECT s.office_code AS Office, a.value_num AS Num, a.value_text AS Text, count(*)::BIGINT AS N
            {SurveyFilter.From_} JOIN answer a ON a.submission_id = s.id
            WHERE {SurveyFilter.Where} AND a.item_code = $item AND NOT a.not_applicable AND s.office_code IS NOT NULL GROUP BY ALL
            """, args).AsList();
        var shares = cells.GroupBy(x => x.Office!).Select(g =>
        {
            var counts = Count(item, g.Select(x => (x.Num, x.Text, x.N)));
            return (Office: g.Key, Share: QuestionStats.Favourable(item, counts, counts.Values.Sum())!);
        }).Where(x => x.Share is not null).OrderBy(x => x.Office, StringComparer.Ordinal).ToList();
        long allYes = shares.Sum(x => x.Share.Positive), allN = shares.Sum(x => x.Share.N);
        var tests = shares.Select(x => ProportionTests.TwoProportionZ(x.Share.Positive, x.Share.N, allYes - x.Share.Positive, allN - x.Share.N)).ToList();
        var adjusted = MultipleTesting.BenjaminiHochberg([.. tests.Select(t => t.PValue)]);
        return [.. shares.Select((x, i) =>
        {
            var rest = allN - x.Share.N;
            double? diff = rest == 0 ? null : x.Share.Value - (double)(allYes - x.Share.Positive) / rest;
            return new OfficeComparison(x.Office, x.Share, diff, rest == 0 ? null : adjusted[i]);
        })];
    }

    /// <summary>Value → count: numbers for scales, choice codes (a JSON array splits into its codes) for the rest.</summary>
    internal static Dictionary<string, long> Count(FormItem item, IEnumerable<(double? Num, string? Text, long N)> rows)
    {
        var numeric = item.Type is QuestionType.Rating or QuestionType.Nps or QuestionType.Ces or QuestionType.Number or QuestionType.Duration;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (num, text, n) in rows)
        {
            IEnumerable<string?> keys = numeric ? [num?.ToString("R", CultureInfo.InvariantCulture)]
                : text is ['[', ..] ? (JsonSerializer.Deserialize<string[]>(text) ?? []).Cast<string?>() : [text];
            foreach (var key in keys)
                if (!string.IsNullOrEmpty(key)) counts[key] = counts.GetValueOrDefault(key) + n;
        }
        return counts;
    }
}
