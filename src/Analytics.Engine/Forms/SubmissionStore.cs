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
    private readonly ConcurrentDictionary<string, (long Generation, FormTarget? Target)> _targets = new(StringComparer.Ordinal);

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
        // No query on the way in once the form is cached: the office is checked by the writer, once per batch.
        var target = Target(request.Form) ?? throw SubmissionRejectedException.Of($"Анкета «{request.Form}» не найдена.");
        if (target.Status == "archived") throw SubmissionRejectedException.Of("Анкета закрыта и больше не принимает ответы.");
        var form = FormVersion(target.Id, request.Version ?? target.Latest)
            ?? throw SubmissionRejectedException.Of(request.Version is null ? "Анкета ещё не опубликована." : $"Версия {request.Version} анкеты не найдена.");
        if (request.OfficeCode is { } office && target.Offices.Count > 0 && !target.Offices.Contains(office))
            throw SubmissionRejectedException.Of($"Анкета не опубликована для офиса «{office}».");
        CheckAuditor(request);

        // A timed norm left unanswered is judged against the methodology's norm, as the tablet runner does.
        var answers = TimedNorms.PreAnswer(form.Definition, request.Answers, () => new Methodology.MethodologyRepository(store).Get().Norms);
        var check = SubmissionValidator.Check(form.Definition, answers);
        if (!check.IsValid) throw new SubmissionRejectedException(check.Errors);
        var evidence = request.Evidence.Select((e, i) => EvidenceProcessor.Process(request.Id, i, e)).ToList();
        var unknownEvidence = evidence.FirstOrDefault(e => !check.Accepted.ContainsKey(e.ItemCode) && form.Definition.AllItems().All(i => i.Code != e.ItemCode));
        if (unknownEvidence is not null) throw SubmissionRejectedException.Of($"Файл прикреплён к неизвестному вопросу «{unknownEvidence.ItemCode}».");
        var score = form.Definition.Kind == FormKind.Checklist ? FormScoring.Score(form.Definition, check.Accepted) : null;
        // DuckDB keeps microseconds: the first receipt must carry the time a repeat will read back.
        // Times are stored as UTC; a repeat reads them back as UTC, so the first receipt must say the same.
        var at = request.SubmittedAt is { Kind: DateTimeKind.Local } local ? local.ToUniversalTime() : request.SubmittedAt ?? DateTime.UtcNow;
        at = DateTime.SpecifyKind(at.AddTicks(-(at.Ticks % 10)), DateTimeKind.Utc);
        return new PreparedSubmission(request, form, at, score?.Total,
            [.. check.Accepted.Select(a => AnswerRow(request.Id, a.Key, a.Value, form.Definition))], evidence, score?.Sections ?? []);
    }

    /// <summary>The form a submission names (id or code), its latest version and office limits; cached until a form changes.</summary>
    private FormTarget? Target(string form)
    {
        var generation = FormRepository.Generation;
        if (_targets.TryGetValue(form, out var cached) && cached.Generation == generation) return cached.Target;
        using var c = store.Open();
        var row = c.QuerySingleOrDefault<(string Id, string Status, int? Latest)?>("""
            SELECT d.id, d.status, (SELECT max(v.version) FROM form_version v WHERE v.definition_id = d.id)
            FROM form_definition d WHERE d.id = $k OR d.code = $k ORDER BY d.id = $k DESC LIMIT 1
            """, new { k = form });
        FormTarget? target = row is { } r
            ? new FormTarget(r.Id, r.Status, r.Latest, c.Query<string>("SELECT office_code FROM form_publication WHERE definition_id = $id", new { id = r.Id })
                .ToHashSet(StringComparer.Ordinal))
            : null;
        _targets[form] = (generation, target);
        return target;
    }

    private PublishedForm? FormVersion(string id, int? version)
    {
        if (version is not { } v) return null;
        if (_versions.TryGetValue((id, v), out var cached)) return cached;
        using var c = store.Open();
        var form = FormRepository.Version(c, id, v);
        if (form is null || form.Version != v) return null;
        _versions[(id, v)] = form;
        return form;
    }

    internal static SubmissionReceipt? Existing(AnalyticsStore store, string id)
    {
        using var c = store.Open();
        return Existing(c, id);
    }

    internal static SubmissionReceipt? Existing(DuckDBConnection c, string id) =>
        c.QuerySingleOrDefault<(string Def, int Version, DateTime At, double? Score)?>(
            "SELECT definition_id, version, submitted_at, score FROM submission WHERE id = $id", new { id }) is { } r
            ? new SubmissionReceipt(id, r.Def, r.Version, DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.Score, Repeated: true) : null;

    private void CheckAuditor(SubmissionRequest r)
    {
        if (r.Source != SubmissionSource.Checklist || r.Auditor is null || r.OfficeCode is null) return;
        using var c = store.Open();
        if (c.ExecuteScalar<long>("SELECT count(*) FROM auditor_assignment WHERE auditor = $a AND office_code = $o", new { a = r.Auditor, o = r.OfficeCode }) == 0)
            throw SubmissionRejectedException.Of($"Офис «{r.OfficeCode}» не закреплён за аудитором «{r.Auditor}».");
    }

    /// <summary>
    /// The office of a submission against the organisation, checked by the writer for a whole batch with one read of the
    /// offices: a QR link can be edited by hand, and once the organisation is loaded only its offices count.
    /// </summary>
    internal static SubmissionRejectedException? UnknownOffice(PreparedSubmission p, IReadOnlySet<string> offices) =>
        p.Request.OfficeCode is { } office && offices.Count > 0 && !offices.Contains(office)
            ? SubmissionRejectedException.Of($"Офис «{office}» не найден.")
            : null;

    /// <summary>Spends the invitation of a submission inside the writer's transaction; false when it is used or expired.</summary>
    internal static bool SpendToken(DuckDBConnection c, DuckDBTransaction tx, PreparedSubmission p) =>
        c.Execute("""
            UPDATE invitation SET used_at = current_timestamp, used_by = $sid
            WHERE token = $t AND definition_id = $d AND used_at IS NULL AND (expires_at IS NULL OR expires_at > current_timestamp)
            """, new { sid = p.Id, t = p.Request.Token, d = p.Form.DefinitionId }, tx) > 0;

    internal static SubmissionRejectedException TokenRejected() =>
        SubmissionRejectedException.Of("Приглашение недействительно: оно уже использовано или истёк его срок.");

    private sealed record FormTarget(string Id, string Status, int? Latest, IReadOnlySet<string> Offices);
}
