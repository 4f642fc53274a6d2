using Analytics.Engine.AuditActs;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.Actions;

/// <summary>A photo of an audit item, by reference: the stored evidence id, its file name and SHA-256 (as the act prints it).</summary>
public sealed record ItemPhoto(string EvidenceId, string FileName, string Sha256);

/// <summary>
/// A failed item of one checklist audit, with what its corrective action is prefilled with: the office, the
/// requirement (the item's Russian text), the clause of the Standard it checks, the auditor's note and photos.
/// <see cref="VisitDate"/> is the day of the visit in the display zone (started, else submitted).
/// </summary>
public sealed record FailedAuditItem(
    string SubmissionId, string DefinitionId, string Form, string? OfficeCode, string? BranchCode, string OfficeName,
    DateOnly VisitDate, string ItemCode, string Requirement, string Clause, string? Note, IReadOnlyList<ItemPhoto> Photos)
{
    /// <summary>The action's source reference: submission/item (the key the dedupe of <see cref="CorrectiveActionService"/> uses).</summary>
    public string Reference => $"{SubmissionId}/{ItemCode}";
}

/// <summary>
/// One checklist audit read for its findings: which items failed and passed by <c>AuditRules</c> (the act's rule, ADR 0023),
/// with their texts, clauses and photos. Null from <see cref="Load"/> when the id is unknown or not a checklist audit.
/// </summary>
internal sealed class AuditFindings
{
    private sealed record Head(string Id, string DefinitionId, int Version, string? OfficeCode, string? BranchCode,
        DateTime? StartedAt, DateTime SubmittedAt, string? FormTitle, string? Json);

    private AuditFindings(Head head, FormDefinition form, IReadOnlyList<ActAnswer> answers) =>
        (Submission, Form, Answers) = (head, form, answers);

    private Head Submission { get; }
    public FormDefinition Form { get; }
    public IReadOnlyList<ActAnswer> Answers { get; }
    public string SubmissionId => Submission.Id;
    public string DefinitionId => Submission.DefinitionId;
    public string? OfficeCode => Submission.OfficeCode;

    /// <summary>The instant of the visit (UTC): started, else submitted — as coverage counts it (ADR 0022).</summary>
    public DateTime VisitUtc => Submission.StartedAt ?? Submission.SubmittedAt;

    public static AuditFindings? Load(AnalyticsStore store, string submissionId)
    {
        using var c = store.Open();
        var head = c.QuerySingleOrDefault<Head>($"""
            SELECT s.id AS Id, s.definition_id AS DefinitionId, s.version AS Version, s.office_code AS OfficeCode, o.parent_code AS BranchCode,
                   s.started_at AS StartedAt, s.submitted_at AS SubmittedAt, f.title_ru AS FormTitle, v.json AS Json
            FROM submission s
            LEFT JOIN form_definition f ON f.id = s.definition_id
            LEFT JOIN form_version v ON v.definition_id = s.definition_id AND v.version = s.version
            LEFT JOIN org_unit o ON o.code = s.office_code
            WHERE s.id = $id AND {AuditReview.ReviewRules.IsAuditSql}
            """, new { id = submissionId });
        if (head?.Json is null) return null;
        var answers = c.Query<ActAnswer>("""
            SELECT item_code AS Item, value_num AS Number, value_text AS Text, not_applicable AS NotApplicable, note AS Note
            FROM answer WHERE submission_id = $id ORDER BY item_code
            """, new { id = submissionId }).AsList();
        return new AuditFindings(head, FormJson.Deserialize(head.Json, head.DefinitionId), answers);
    }

    /// <summary>Codes of the items that passed (<c>AuditRules.Passed</c>) and failed in this audit.</summary>
    public (HashSet<string> Passed, HashSet<string> Failed) Outcomes()
    {
        var items = Form.AllItems().ToDictionary(i => i.Code, StringComparer.Ordinal);
        var (passed, failed) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var a in Answers)
        {
            if (!items.TryGetValue(a.Item, out var item)) continue;
            if (AuditRules.Failed(item, a)) failed.Add(a.Item);
            else if (AuditRules.Passed(item, a)) passed.Add(a.Item);
        }
        return (passed, failed);
    }

    /// <summary>The failed items in form order, each with its clause, note and photos.</summary>
    public IReadOnlyList<FailedAuditItem> Failed(AnalyticsStore store)
    {
        var failed = Outcomes().Failed;
        if (failed.Count == 0) return [];
        var clauses = AuditRules.Clauses(store);
        using var c = store.Open();
        var photos = c.Query<(string Id, string Item, string File, string Sha)>("""
            SELECT id, item_code, file_name, sha256 FROM evidence
            WHERE submission_id = $id AND content_type LIKE 'image/%'
            ORDER BY coalesce(taken_at, '9999-01-01'::TIMESTAMP), id
            """, new { id = SubmissionId }).ToLookup(p => p.Item, p => new ItemPhoto(p.Id, p.File, p.Sha));
        var office = OfficeCode is { } code && new OrgDirectory(store).DisplayNames().TryGetValue(code, out var name)
            ? name : OfficeCode ?? OfficeNames.Company(Labels.Russian);
        var visit = DateOnly.FromDateTime(Time.DisplayTime.Default.FromUtc(VisitUtc));
        return [.. Form.AllItems().Where(i => failed.Contains(i.Code)).Select(i => new FailedAuditItem(
            SubmissionId, DefinitionId, Submission.FormTitle ?? Form.Title.Ru, OfficeCode, Submission.BranchCode, office, visit,
            i.Code, i.Text.Ru, AuditRules.Clause(i, clauses), Answers.First(a => a.Item == i.Code).Note, [.. photos[i.Code]]))];
    }
}
