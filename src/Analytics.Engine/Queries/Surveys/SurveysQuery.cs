using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Store;
using Analytics.Engine.Access;
using Dapper;
using Analytics.Engine.Vocabulary;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Queries.Surveys;

/// <summary>NPS, CSAT and CES of one office (or the whole scope when <see cref="OfficeCode"/> is null).</summary>
public sealed record SurveyRow(string? OfficeCode, string Name, long Responses, SurveyScore Nps, SurveyScore Csat, SurveyScore Ces);

public sealed record SurveyData(DateOnly From, DateOnly To, SurveyRow Total, IReadOnlyList<SurveyRow> Offices);

/// <summary>
/// Customer survey scores over a period, default this year (questionnaires, not checklists), cut by branch, office and
/// the channel the questionnaire came by: NPS, CSAT and CES with their 95 % intervals,
/// the same arithmetic as the annual report (item codes from <c>Reports:NpsItemCode</c>, <c>CsatItemCode</c>, <c>CesItemCode</c>).
/// </summary>
public sealed class SurveysQuery(AnalyticsStore store, IOptions<ReportOptions> options, TimeProvider clock,
    IOptions<Analytics.Engine.Surveys.SurveyOptions>? surveys = null)
{
    /// <summary>Figures from fewer responses are shown as «недостаточно ответов» (#17.5), on the page and in its files.</summary>
    public int MinimumN => surveys?.Value.MinimumN ?? Analytics.Engine.Surveys.Suppression.DefaultMinimumN;

    public const string ByOffice = "by-office";

    private sealed class Bucket
    {
        public string? Office { get; set; }
        public string? Name { get; set; }
        public string Item { get; set; } = "";
        public int Value { get; set; }
        public long N { get; set; }
    }

    /// <summary>The filters surveys honour (consumer type is not asked of respondents).</summary>
    public const FilterFields Applies = FilterFields.Period | FilterFields.Branch | FilterFields.Office | FilterFields.Channel;

    /// <summary>The item codes of NPS, CSAT and CES, for drill-downs to their answers.</summary>
    public ReportOptions Items => options.Value;

    public SurveyData Load(QueryFilter filter, BranchScope scope)
    {
        filter = filter.Only(Applies).Within(scope);
        var year = clock.GetLocalNow().Year;
        var (from, to) = (filter.From ?? new DateOnly(filter.To?.Year ?? year, 1, 1), filter.To ?? new DateOnly(filter.From?.Year ?? year, 12, 31));
        var o = options.Value;
        using var c = store.Open();
        var buckets = c.Query<Bucket>($"""
            SELECT s.office_code AS Office, max(u.name) AS Name, a.item_code AS Item, CAST(round(a.value_num) AS INTEGER) AS Value, count(*)::BIGINT AS N
            FROM answer a JOIN submission s ON s.id = a.submission_id
            LEFT JOIN form_definition f ON f.id = s.definition_id
            LEFT JOIN org_unit u ON u.code = s.office_code
            WHERE CAST(s.submitted_at AS DATE) BETWEEN $from AND $to AND s.source <> 'checklist' AND coalesce(f.kind, 'questionnaire') <> 'checklist'
              AND a.item_code IN ($nps, $csat, $ces) AND a.value_num IS NOT NULL AND NOT a.not_applicable
              AND {BranchScope.Where("u", "s.office_code")}
              AND ($office IS NULL OR s.office_code = $office) AND ($channel IS NULL OR s.channel = $channel)
            GROUP BY s.office_code, a.item_code, Value
            """, new
            {
                from, to, nps = o.NpsItemCode, csat = o.CsatItemCode, ces = o.CesItemCode, branch = filter.Branch, office = filter.Office,
                channel = filter.Channel,
            }).AsList();
        SurveyRow Row(string? office, string name, IReadOnlyList<Bucket> rows)
        {
            List<SurveyBucket> Of(string item) => [.. rows.Where(b => b.Item == item).GroupBy(b => b.Value)
                .Select(g => new SurveyBucket { Item = item, Value = g.Key, N = g.Sum(b => b.N) })];
            var nps = SurveyScore.Nps(Of(o.NpsItemCode)).Floor(MinimumN);
            var csat = SurveyScore.Csat(Of(o.CsatItemCode)).Floor(MinimumN);
            var ces = SurveyScore.Ces(Of(o.CesItemCode)).Floor(MinimumN);
            return new SurveyRow(office, name, Math.Max(nps.N, Math.Max(csat.N, ces.N)), nps, csat, ces);
        }
        // Offices named with city and code (five share "Центральный клиентский офис"); no office = the company as a whole.
        var names = new Analytics.Engine.Vocabulary.OrgDirectory(store).DisplayNames();
        string Name(string? code) => code is null ? Analytics.Engine.Vocabulary.OfficeNames.Company() : names.TryGetValue(code, out var n) ? n : code;
        var offices = buckets.GroupBy(b => b.Office).Select(g => Row(g.Key, Name(g.Key), [.. g]))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        return new SurveyData(from, to, Row(null, "", buckets), offices);
    }

    public static TableView Table(SurveyData data, Func<string, string> t) => new(ByOffice,
        [t("Filter.Office"), t("Surveys.Responses"), "NPS", "NPS −", "NPS +", "CSAT, %", "CSAT −", "CSAT +", "CES", "CES −", "CES +"],
        [.. data.Offices.Select(r => new object?[]
        {
            r.Name, r.Responses, Hidden(r.Nps) ?? Nps(r.Nps.Value), Nps(r.Nps.Lower), Nps(r.Nps.Upper),
            Hidden(r.Csat) ?? Pct(r.Csat.Value), Pct(r.Csat.Lower), Pct(r.Csat.Upper),
            Hidden(r.Ces) ?? Plain(r.Ces.Value), Plain(r.Ces.Lower), Plain(r.Ces.Upper),
        })]);

    // A suppressed score reads «недостаточно ответов» on the page and in CSV/XLSX alike — never the number.
    private static Cell? Hidden(SurveyScore score) =>
        score.Suppressed ? new Cell(Analytics.Engine.Surveys.Suppression.Text(), Analytics.Engine.Surveys.Suppression.Text()) : null;

    // Scores as people read them (NPS signed, CSAT in %, CES on its 1–7 scale); files keep the numbers.
    private static Cell Nps(double? v) => new(R(v), Numbers.Value(v, "index"));
    private static Cell Pct(double? v) => new(R(v), Numbers.Value(v, "percent"));
    private static Cell Plain(double? v) => new(R(v), Numbers.Decimal(v));

    private static double? R(double? v) => v is { } x ? Math.Round(x, 2) : null;
}
