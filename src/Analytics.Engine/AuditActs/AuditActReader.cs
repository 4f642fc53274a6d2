using Analytics.Engine.Forms;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Analytics.Engine.Time;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.AuditActs;

/// <summary>Reads one checklist submission with its form version, office, auditor, evidence and latest review into an <see cref="AuditAct"/>.</summary>
internal sealed class AuditActReader(AnalyticsStore store, VisitChecks visits)
{
    private sealed record Head(string Id, string DefinitionId, int Version, string? OfficeCode, string? Auditor, DateTime? StartedAt,
        DateTime? FinishedAt, double? Score, string? FormTitle, string? FormCode, string? Json, string? TimeZone, string? Address, string? AuditorName);

    public AuditAct? Load(string submissionId)
    {
        using var c = store.Open();
        var head = c.QuerySingleOrDefault<Head>("""
            SELECT s.id AS Id, s.definition_id AS DefinitionId, s.version AS Version, s.office_code AS OfficeCode, s.auditor AS Auditor,
                   s.started_at AS StartedAt, s.finished_at AS FinishedAt, s.score AS Score, f.title_ru AS FormTitle, f.code AS FormCode,
                   v.json AS Json, o.time_zone AS TimeZone, o.address AS Address, u.display_name AS AuditorName
            FROM submission s
            LEFT JOIN form_definition f ON f.id = s.definition_id
            LEFT JOIN form_version v ON v.definition_id = s.definition_id AND v.version = s.version
            LEFT JOIN org_unit o ON o.code = s.office_code
            LEFT JOIN app_user u ON u.user_name = lower(s.auditor)
            WHERE s.id = $id
            """, new { id = submissionId });
        if (head is null) return null;
        var form = head.Json is null ? null : FormJson.Deserialize(head.Json, head.DefinitionId);
        var items = form?.Sections.SelectMany(s => s.Items.Select(i => (Section: s, Item: i))).ToDictionary(p => p.Item.Code, StringComparer.Ordinal)
            ?? [];
        var zone = new DisplayTime(head.TimeZone);
        DateTime? Local(DateTime? utc) => utc is { } t ? zone.FromUtc(t) : null;

        var answers = c.Query<ActAnswer>("""
            SELECT item_code AS Item, value_num AS Number, value_text AS Text, not_applicable AS NotApplicable, note AS Note
            FROM answer WHERE submission_id = $id ORDER BY item_code
            """, new { id = submissionId }).AsList();
        var canonical = SubmissionHash.Canonical(head.Id, head.DefinitionId, head.Version, head.OfficeCode, head.Auditor,
            head.StartedAt, head.FinishedAt, answers);

        var clauses = Clauses();
        string Text(string code) => items.TryGetValue(code, out var p) ? p.Item.Text.Ru : code;
        var failed = answers.Where(a => items.TryGetValue(a.Item, out var p) && AuditRules.Failed(p.Item, a))
            .Select(a => items[a.Item])
            .OrderBy(p => Order(form!, p.Item.Code))
            .Select(p => new ActFailedItem(p.Section.Title.Ru, p.Item.Code, p.Item.Text.Ru,
                AuditRules.Clause(p.Item, clauses),
                answers.First(a => a.Item == p.Item.Code).Note))
            .ToList();
        var notes = answers.Where(a => !failed.Any(f => f.Code == a.Item))
            .SelectMany(a => NotesOf(a, items.TryGetValue(a.Item, out var p) ? p.Item : null))
            .Select(t => new ActNote(Text(t.Item), t.Text)).ToList();

        var sections = c.Query<(string Code, double? Score, int Applicable, int NotApplicable)>(
            "SELECT section_code, score, applicable, not_applicable FROM submission_section_score WHERE submission_id = $id", new { id = submissionId })
            .OrderBy(s => form?.Sections.ToList().FindIndex(x => x.Code == s.Code) ?? 0)
            .Select(s => new ActSection(form?.Sections.FirstOrDefault(x => x.Code == s.Code)?.Title.Ru ?? s.Code, s.Score, s.Applicable, s.NotApplicable))
            .ToList();

        // DuckDB hands BLOBs out as streams; base64 keeps the query a plain row (as the annual report's photos do).
        var evidence = c.Query<(string Item, string File, string Type, string Sha, DateTime? TakenAt, string? Base64)>("""
            SELECT item_code, file_name, content_type, sha256, taken_at, base64(content) FROM evidence
            WHERE submission_id = $id ORDER BY coalesce(taken_at, '9999-01-01'::TIMESTAMP), id
            """, new { id = submissionId })
            .Select(e => (e.Item, e.File, e.Type, e.Sha, e.TakenAt, Content: e.Base64 is null ? null : Convert.FromBase64String(e.Base64))).ToList();
        var signatureItem = form?.AllItems().FirstOrDefault(i => i.Type == QuestionType.Signature);
        var signed = signatureItem is null ? default : evidence.FirstOrDefault(e => e.Item == signatureItem.Code);
        var photos = evidence.Where(e => e.Item != signatureItem?.Code && e.Type.StartsWith("image/", StringComparison.Ordinal) && e.Content is not null)
            .Select(e => new ActPhoto(Text(e.Item), e.File, Local(e.TakenAt), e.Sha, e.Content!)).ToList();

        var review = c.QuerySingleOrDefault<(string State, string Reviewer, DateTime DecidedAt, string? Comment, string? Name)?>("""
            SELECT r.state, r.reviewer, r.decided_at, r.comment, u.display_name FROM audit_review r
            LEFT JOIN app_user u ON u.user_name = lower(r.reviewer)
            WHERE r.submission_id = $id ORDER BY r.seq DESC LIMIT 1
            """, new { id = submissionId });
        var office = head.OfficeCode is null ? null : new OrgDirectory(store).Units().FirstOrDefault(u => u.Code == head.OfficeCode);

        return new AuditAct
        {
            SubmissionId = head.Id, FormTitle = head.FormTitle ?? form?.Title.Ru ?? head.DefinitionId, FormCode = head.FormCode ?? head.DefinitionId,
            Version = head.Version, OfficeCode = head.OfficeCode,
            OfficeName = office?.Display ?? head.OfficeCode ?? OfficeNames.Company(Labels.Russian), City = office?.City, Address = head.Address,
            AuditorLogin = head.Auditor, AuditorName = head.AuditorName ?? head.Auditor ?? "—",
            StartedLocal = Local(head.StartedAt), FinishedLocal = Local(head.FinishedAt), ZoneName = ZoneLabel(head.TimeZone),
            Score = head.Score, Sections = sections, Failed = failed, Notes = notes, Photos = photos,
            Signature = signatureItem is null ? null : new ActSignature(signatureItem.Text.Ru, signed.Content, signed.Sha),
            Review = review is { } r ? new ActReview(r.State, r.Name ?? r.Reviewer, zone.FromUtc(r.DecidedAt), r.Comment) : new ActReview("submitted", null, null, null),
            SubmissionSha256 = SubmissionHash.Sha256(canonical),
            Visit = visits.For(head.Id),
        };
    }

    private Dictionary<string, string> Clauses() => AuditRules.Clauses(store);

    private static int Order(FormDefinition form, string code) => form.AllItems().ToList().FindIndex(i => i.Code == code);

    /// <summary>An answer's note, and the text of a long-text item (the auditor's remarks).</summary>
    private static IEnumerable<(string Item, string Text)> NotesOf(ActAnswer a, FormItem? item)
    {
        if (item?.Type == QuestionType.LongText && !string.IsNullOrWhiteSpace(a.Text)) yield return (a.Item, a.Text!);
        if (!string.IsNullOrWhiteSpace(a.Note)) yield return (a.Item, a.Note!);
    }

    private static string ZoneLabel(string? zone) => string.IsNullOrWhiteSpace(zone) || zone == DisplayTime.DefaultZoneId
        ? "московское время" : $"время офиса ({zone})";
}
