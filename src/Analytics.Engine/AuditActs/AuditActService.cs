using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Composer.Skia;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.AuditActs;

/// <summary>An act was asked for a submission the store does not hold.</summary>
public sealed class AuditActNotFoundException(string submissionId)
    : KeyNotFoundException($"Проверка «{submissionId}» не найдена (audit submission '{submissionId}' not found).")
{
    public string SubmissionId { get; } = submissionId;
}

/// <summary>What a bulk export wrote: the number of acts and the ZIP's entries.</summary>
public sealed record ActBatchResult(int Acts, IReadOnlyList<string> Files);

/// <summary>
/// The act of an audit (issue 16 item 4) as PDF/A: the dashboard's download, <c>analytics audit act</c> and the
/// bulk ZIP all call this, so one audit always gives the same document.
/// </summary>
public sealed class AuditActService(AnalyticsStore store, VisitCheckOptions? visitOptions = null, IDocumentRenderer? renderer = null,
    Reports.ReportOptions? reports = null)
{
    // The clause column cites the documents by the company's names, as the Declaration does (Citations, one rule).
    private readonly IReadOnlyDictionary<string, string> _documents = (reports ?? new Reports.ReportOptions()).SourceDocuments;

    private readonly IDocumentRenderer _renderer = renderer ?? new SkiaPdfRenderer();
    private readonly VisitChecks _visits = new(store, visitOptions);

    public VisitChecks Visits => _visits;

    /// <summary>The audits of a period with review state and flags (the audits page).</summary>
    public IReadOnlyList<AuditListRow> List(DateOnly from, DateOnly to, string? branch = null, string? office = null) =>
        new AuditList(store, _visits).Load(from, to, branch, office);

    /// <summary>The branch (parent unit) of the audited office; null for a company-level audit or an unknown id.</summary>
    public string? BranchOf(string submissionId)
    {
        using var c = store.Open();
        return c.ExecuteScalar<string?>("SELECT coalesce(o.parent_code, s.office_code) FROM submission s LEFT JOIN org_unit o ON o.code = s.office_code WHERE s.id = $id",
            new { id = submissionId });
    }

    /// <summary>The act's data; null when the submission is unknown.</summary>
    public AuditAct? Load(string submissionId) => new AuditActReader(store, _visits).Load(submissionId);

    /// <summary>Writes the act of one submission; <see cref="AuditActNotFoundException"/> when the id is unknown.</summary>
    public RenderResult Act(string submissionId, Stream output)
    {
        var act = Load(submissionId) ?? throw new AuditActNotFoundException(submissionId);
        return _renderer.Render(AuditActLayout.Build(act, _documents), output);
    }

    /// <summary>The checklist audits submitted between two dates (inclusive), oldest first, optionally of one branch or office.</summary>
    public IReadOnlyList<string> SubmissionIds(DateOnly from, DateOnly to, string? branch = null, string? office = null)
    {
        using var c = store.Open();
        return c.Query<string>("""
            SELECT s.id FROM submission s
            LEFT JOIN form_definition f ON f.id = s.definition_id
            LEFT JOIN org_unit o ON o.code = s.office_code
            WHERE (s.source = 'checklist' OR f.kind = 'checklist') AND CAST(s.submitted_at AS DATE) BETWEEN $from AND $to
              AND ($branch IS NULL OR o.parent_code = $branch OR s.office_code = $branch)
              AND ($office IS NULL OR s.office_code = $office)
            ORDER BY s.submitted_at, s.id
            """, new { from, to, branch, office }).AsList();
    }

    /// <summary>
    /// One PDF per audit of the period plus <c>manifest.json</c> (file, submission, office, auditor, times, score, review state,
    /// the submission's and the PDF's SHA-256, flags) in one ZIP.
    /// </summary>
    public ActBatchResult Acts(DateOnly from, DateOnly to, Stream output, string? branch = null, string? office = null)
    {
        if (to < from) throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        var files = new List<string>();
        var manifest = new List<object>();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var id in SubmissionIds(from, to, branch, office))
            {
                var act = Load(id)!;
                using var pdf = new MemoryStream();
                var pages = _renderer.Render(AuditActLayout.Build(act, _documents), pdf).PageCount;
                var name = $"{act.FinishedLocal:yyyy-MM-dd}_{Safe(act.OfficeCode ?? "company")}_{Safe(id)}.pdf";
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using (var s = entry.Open()) s.Write(pdf.GetBuffer(), 0, (int)pdf.Length);
                files.Add(name);
                manifest.Add(new
                {
                    file = name, submission = id, office = act.OfficeCode, officeName = act.OfficeName, auditor = act.AuditorLogin,
                    startedAt = act.StartedLocal, finishedAt = act.FinishedLocal, score = act.Score, review = act.Review.State, pages,
                    failed = act.Failed.Count, submissionSha256 = act.SubmissionSha256,
                    pdfSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf.GetBuffer().AsSpan(0, (int)pdf.Length))),
                    flags = act.Visit.Flags.Select(f => f.Code).ToArray(),
                });
            }
            var m = zip.CreateEntry("manifest.json", CompressionLevel.Optimal);
            using var ms = m.Open();
            JsonSerializer.Serialize(ms, new { from, to, acts = manifest },
                new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        return new ActBatchResult(files.Count, files);
    }

    private static string Safe(string s) => string.Concat(s.Select(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' ? ch : '_'));
}
