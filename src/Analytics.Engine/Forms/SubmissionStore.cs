using System.Collections.Concurrent;
using System.Text.Json;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Forms;

/// <summary>
/// Stores submissions exactly once: the client's id is the key, a repeat returns the first receipt, and the
/// submission, its answers, evidence, section scores and a spent invitation go in one transaction.
/// </summary>
/// <remarks>
/// Checks run on the caller's thread; storing goes through the store's <see cref="SubmissionWriter"/>, which commits
/// many submissions in one transaction and answers each caller only after its batch committed.
/// </remarks>
public sealed partial class SubmissionStore(AnalyticsStore store)
{
    // Published versions never change, so their parsed definitions can be kept for the life of the process.
    private readonly ConcurrentDictionary<(string Id, int Version), PublishedForm> _versions = new();

    /// <summary>Validates and stores; returns the receipt (the existing one for a repeat).</summary>
    /// <exception cref="SubmissionRejectedException">Answers, token, office or form refused; nothing stored.</exception>
    public SubmissionReceipt Submit(SubmissionRequest request) => SubmitAsync(request).GetAwaiter().GetResult();

    /// <inheritdoc cref="Submit"/>
    public Task<SubmissionReceipt> SubmitAsync(SubmissionRequest request)
    {
        CheckId(request.Id);
        PreparedSubmission prepared;
        try
        {
            prepared = Prepare(request);
        }
        catch (SubmissionRejectedException) when (Existing(store, request.Id) is { } repeat)
        {
            // A repeat may no longer pass the checks (the invitation it spent, an archived form): it still gets its receipt.
            return Task.FromResult(repeat);
        }
        return SubmissionWriter.For(store).Enqueue(prepared);
    }

    /// <summary>The stored answers of a submission, keyed by item code.</summary>
    public IReadOnlyDictionary<string, AnswerValue> Answers(string submissionId)
    {
        using var c = store.Open();
        var rows = c.Query<(string Item, double? Num, string? Text, bool Na, double? Seconds, string? Note)>(
            "SELECT item_code, value_num, value_text, not_applicable, seconds_spent, note FROM answer WHERE submission_id = $id",
            new { id = submissionId });
        return rows.ToDictionary(r => r.Item, r => new AnswerValue
        {
            Number = r.Num, NotApplicable = r.Na, SecondsSpent = r.Seconds, Note = r.Note,
            Text = r.Text is { } t && t.StartsWith('[') ? null : r.Text,
            Choices = r.Text is { } j && j.StartsWith('[') ? JsonSerializer.Deserialize<string[]>(j) : null,
        });
    }

    internal static void CheckId(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_'))
            throw SubmissionRejectedException.Of("Идентификатор отправки должен состоять из латинских букв, цифр, «-» и «_» (до 64 символов).");
    }

    private PreparedSubmission Prepare(SubmissionRequest request)
    {
        using var c = store.Open();
        // One round trip for the form, its latest version and the office rules: DuckDB answers point queries in
        // a fraction of a millisecond, but at a thousand submissions a second every query counts.
        var target = c.QuerySingleOrDefault<TargetRow>("""
            SELECT d.id, d.status,
                   (SELECT max(v.version) FROM form_version v WHERE v.definition_id = d.id) AS latest,
                   (SELECT count(*) FROM org_unit WHERE level = 'office') AS offices,
                   (SELECT count(*) FROM org_unit WHERE level = 'office' AND code = $o) AS this_office,
                   (SELECT count(*) FROM form_publication p WHERE p.definition_id = d.id) AS limited,
                   (SELECT count(*) FROM form_publication p WHERE p.definition_id = d.id AND p.office_code = $o) AS limited_this
            FROM form_definition d WHERE d.id = $k OR d.code = $k
            ORDER BY d.id = $k DESC LIMIT 1
            """, new { k = request.Form, o = request.OfficeCode })
            ?? throw SubmissionRejectedException.Of($"Анкета «{request.Form}» не найдена.");
        if (target.status == "archived") throw SubmissionRejectedException.Of("Анкета закрыта и больше не принимает ответы.");
        var form = FormVersion(c, target.id, request.Version ?? target.latest)
            ?? throw SubmissionRejectedException.Of(request.Version is null ? "Анкета ещё не опубликована." : $"Версия {request.Version} анкеты не найдена.");
        CheckOffice(c, target, request);

        var check = SubmissionValidator.Check(form.Definition, request.Answers);
        if (!check.IsValid) throw new SubmissionRejectedException(check.Errors);
        var evidence = request.Evidence.Select((e, i) => EvidenceProcessor.Process(request.Id, i, e)).ToList();
        var unknownEvidence = evidence.FirstOrDefault(e => !check.Accepted.ContainsKey(e.ItemCode) && form.Definition.AllItems().All(i => i.Code != e.ItemCode));
        if (unknownEvidence is not null) throw SubmissionRejectedException.Of($"Файл прикреплён к неизвестному вопросу «{unknownEvidence.ItemCode}».");
        var score = form.Definition.Kind == FormKind.Checklist ? FormScoring.Score(form.Definition, check.Accepted) : null;
        // DuckDB keeps microseconds: the first receipt must carry the time a repeat will read back.
        var at = request.SubmittedAt ?? DateTime.UtcNow;
        at = at.AddTicks(-(at.Ticks % 10));
        return new PreparedSubmission(request, form, at, score?.Total,
            [.. check.Accepted.Select(a => AnswerRow(request.Id, a.Key, a.Value, form.Definition))], evidence, score?.Sections ?? []);
    }

    private PublishedForm? FormVersion(DuckDBConnection c, string id, int? version)
    {
        if (version is not { } v) return null;
        if (_versions.TryGetValue((id, v), out var cached)) return cached;
        var form = FormRepository.Version(c, id, v);
        if (form is not null && form.Version == v) _versions[(id, v)] = form;
        return form?.Version == v ? form : null;
    }

    internal static SubmissionReceipt? Existing(AnalyticsStore store, string id)
    {
        using var c = store.Open();
        return Existing(c, id);
    }

    internal static SubmissionReceipt? Existing(DuckDBConnection c, string id) =>
        c.QuerySingleOrDefault<(string Def, int Version, DateTime At, double? Score)?>(
            "SELECT definition_id, version, submitted_at, score FROM submission WHERE id = $id", new { id }) is { } r
            ? new SubmissionReceipt(id, r.Def, r.Version, r.At, r.Score, Repeated: true) : null;

    private static void CheckOffice(DuckDBConnection c, TargetRow target, SubmissionRequest r)
    {
        if (r.OfficeCode is null) return;
        // A QR link can be edited by hand; once the organisation is loaded, only its offices count.
        if (target.offices > 0 && target.this_office == 0) throw SubmissionRejectedException.Of($"Офис «{r.OfficeCode}» не найден.");
        if (target.limited > 0 && target.limited_this == 0)
            throw SubmissionRejectedException.Of($"Анкета не опубликована для офиса «{r.OfficeCode}».");
        if (r.Source == SubmissionSource.Checklist && r.Auditor is not null
            && c.ExecuteScalar<long>("SELECT count(*) FROM auditor_assignment WHERE auditor = $a AND office_code = $o", new { a = r.Auditor, o = r.OfficeCode }) == 0)
            throw SubmissionRejectedException.Of($"Офис «{r.OfficeCode}» не закреплён за аудитором «{r.Auditor}».");
    }

    /// <summary>Spends the invitation of a submission inside the writer's transaction; false when it is used or expired.</summary>
    internal static bool SpendToken(DuckDBConnection c, DuckDBTransaction tx, PreparedSubmission p) =>
        c.Execute("""
            UPDATE invitation SET used_at = current_timestamp, used_by = $sid
            WHERE token = $t AND definition_id = $d AND used_at IS NULL AND (expires_at IS NULL OR expires_at > current_timestamp)
            """, new { sid = p.Id, t = p.Request.Token, d = p.Form.DefinitionId }, tx) > 0;

    internal static SubmissionRejectedException TokenRejected() =>
        SubmissionRejectedException.Of("Приглашение недействительно: оно уже использовано или истёк его срок.");

#pragma warning disable IDE1006, CA1707 // Dapper maps columns by name
    private sealed record TargetRow(string id, string status, int? latest, long offices, long this_office, long limited, long limited_this);
#pragma warning restore IDE1006, CA1707
}
