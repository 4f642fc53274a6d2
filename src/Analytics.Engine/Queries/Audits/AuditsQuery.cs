using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Analytics.Engine.Access;
using Analytics.Engine.AuditActs;
using Dapper;

namespace Analytics.Engine.Queries.Audits;

/// <summary>An office's checklist audits in a year: yes/no items checked and passed (N/A excluded).</summary>
public sealed record OfficeAudits(string? OfficeCode, string? OfficeName, long Audits, long Checked, long Passed)
{
    public double? Compliance => Checked == 0 ? null : (double)Passed / Checked;
}

/// <summary>A checklist item found not done in one audit — the source of a corrective action.</summary>
public sealed record FailedItem(string SubmissionId, string? OfficeCode, string? BranchCode, string Form, string DefinitionId, string ItemCode, DateTime SubmittedAt)
{
    /// <summary>The item's text from its form version (the catalogue of item texts); the code when unknown.</summary>
    public string ItemText { get; init; } = ItemCode;

    /// <summary>The office as people name it (city and code), or "Компания в целом".</summary>
    public string OfficeName { get; init; } = OfficeCode ?? "";

    public string Reference => $"{SubmissionId}/{ItemCode}";
}

/// <summary>A row that may be a failed item, before the rule judges it.</summary>
internal sealed record FailedRow(string SubmissionId, string? OfficeCode, string? BranchCode, string Form, string DefinitionId, int Version,
    string ItemCode, DateTime SubmittedAt, double? Number, string? Text, bool NotApplicable)
{
    public StoredAuditAnswer Stored => new(SubmissionId, DefinitionId, Version, ItemCode, Number, Text, NotApplicable);
}

public sealed record AuditData(DateOnly From, DateOnly To, IReadOnlyList<OfficeAudits> Offices, IReadOnlyList<FailedItem> Failed);

/// <summary>
/// Checklist audits per office and the items not done over a period (default: this year), cut by branch and office;
/// a branch manager gets their branch. Channel and consumer type do not apply to audits.
/// </summary>
public sealed class AuditsQuery(AnalyticsStore store, TimeProvider clock)
{
    public const string ByOffice = "by-office", FailedItems = "failed-items";

    private static readonly string Scope = $"""
        FROM submission s
        LEFT JOIN form_definition f ON f.id = s.definition_id
        LEFT JOIN org_unit o ON o.code = s.office_code
        WHERE (s.source = 'checklist' OR f.kind = 'checklist') AND CAST(s.submitted_at AS DATE) BETWEEN $from AND $to
          AND {BranchScope.Where("o", "s.office_code")}
          AND ($office IS NULL OR s.office_code = $office)
        """;

    /// <summary>The filters audits honour.</summary>
    public const FilterFields Applies = FilterFields.Period | FilterFields.Branch | FilterFields.Office;

    public AuditData Load(QueryFilter filter, BranchScope scope)
    {
        filter = filter.Only(Applies).Within(scope);
        var year = clock.GetLocalNow().Year;
        var (from, to) = (filter.From ?? new DateOnly(filter.To?.Year ?? year, 1, 1), filter.To ?? new DateOnly(filter.From?.Year ?? year, 12, 31));
        using var c = store.Open();
        var args = new { from, to, branch = filter.Branch, office = filter.Office };
        var offices = c.Query<OfficeAudits>($"""
            SELECT s.office_code AS OfficeCode, coalesce(max(o.name), s.office_code) AS OfficeName, count(DISTINCT s.id)::BIGINT AS Audits,
                   count(a.item_code) FILTER (WHERE NOT a.not_applicable AND a.value_num IN (0, 1))::BIGINT AS Checked,
                   count(a.item_code) FILTER (WHERE NOT a.not_applicable AND a.value_num = 1)::BIGINT AS Passed
            {Scope.Replace("LEFT JOIN org_unit o", "LEFT JOIN answer a ON a.submission_id = s.id LEFT JOIN org_unit o", StringComparison.Ordinal)}
            GROUP BY s.office_code ORDER BY OfficeName
            """, args).AsList();
        // Failed by the one rule (AuditRules, as the act and the actions judge): the SQL reads the answers that may
        // have failed, the judge keeps those that did — a 0 is also a wait of 0 seconds, which no action could fix.
        var judge = new AuditItemJudge(c);
        var failed = c.Query<FailedRow>($"""
            SELECT s.id AS SubmissionId, s.office_code AS OfficeCode, o.parent_code AS BranchCode,
                   coalesce(f.title_ru, s.definition_id) AS Form, s.definition_id AS DefinitionId, s.version AS Version,
                   a.item_code AS ItemCode, s.submitted_at AS SubmittedAt, a.value_num AS Number, a.value_text AS Text, a.not_applicable AS NotApplicable
            {Scope.Replace("LEFT JOIN org_unit o", "JOIN answer a ON a.submission_id = s.id LEFT JOIN org_unit o", StringComparison.Ordinal)}
              AND {AuditRules.MayFailSql}
            ORDER BY s.submitted_at DESC, s.id, a.item_code
            """, args).Where(r => judge.Failed(r.Stored))
            .Select(r => new FailedItem(r.SubmissionId, r.OfficeCode, r.BranchCode, r.Form, r.DefinitionId, r.ItemCode, r.SubmittedAt))
            .ToList();   // every failed item of the period (D16): the page pages them, the export holds them all
        // Offices named with city and code; company-level audits (no office, e.g. of the website) as "Компания в целом".
        var names = new OrgDirectory(store).DisplayNames();
        string Name(string? code) => code is not null && names.TryGetValue(code, out var n) ? n : code ?? OfficeNames.Company();
        var texts = new FormItemTexts(store);
        return new AuditData(from, to,
            [.. offices.Select(o => o with { OfficeName = Name(o.OfficeCode) })],
            [.. failed.Select(f => f with { OfficeName = Name(f.OfficeCode), ItemText = texts.Item(f.DefinitionId, f.ItemCode) })]);
    }

    /// <summary>Submission times are UTC instants; the table (page and export) shows them in the display zone.</summary>
    public static TableView? Table(string name, AuditData data, Func<string, string> t, Analytics.Engine.Time.DisplayTime? time = null) => name switch
    {
        ByOffice => new TableView(name, [t("Filter.Office"), t("Audits.Count"), t("Audits.Checked"), t("Audits.Passed"), t("Audits.Compliance")],
            [.. data.Offices.Select(o => new object?[] { o.OfficeName, o.Audits, o.Checked, o.Passed, new Cell(o.Compliance is { } x ? Math.Round(100 * x, 1) : null, Numbers.Share(o.Compliance)) })]),
        FailedItems => new TableView(name, [t("Audits.Date"), t("Filter.Office"), t("Audits.Form"), t("Audits.Item"), t("Audits.Reference")],
            [.. data.Failed.Select(f => new object?[] { (time ?? Analytics.Engine.Time.DisplayTime.Default).FromUtc(f.SubmittedAt), f.OfficeName, f.Form, f.ItemText, f.Reference })]),
        _ => null,
    };
}
