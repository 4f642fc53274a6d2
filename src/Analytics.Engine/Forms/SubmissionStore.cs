using System.Text.Json;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Forms;

/// <summary>
/// Stores submissions exactly once: the client's id is the key, a repeat returns the first receipt, and the
/// submission, its answers, evidence, section scores and a spent invitation go in one transaction.
/// </summary>
public sealed partial class SubmissionStore(AnalyticsStore store)
{
    /// <summary>Validates and stores; returns the receipt (the existing one for a repeat).</summary>
    /// <exception cref="SubmissionRejectedException">Answers, token, office or form refused; nothing stored.</exception>
    public SubmissionReceipt Submit(SubmissionRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Id) || request.Id.Length > 64 || !request.Id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_'))
            throw SubmissionRejectedException.Of("Идентификатор отправки должен состоять из латинских букв, цифр, «-» и «_» (до 64 символов).");
        using var c = store.Open();
        if (Existing(c, request.Id) is { } repeat) return repeat;

        var summary = c.QuerySingleOrDefault<(string Id, string Status)?>(
            "SELECT id, status FROM form_definition WHERE id = $k OR code = $k", new { k = request.Form })
            ?? throw SubmissionRejectedException.Of($"Анкета «{request.Form}» не найдена.");
        if (summary.Status == "archived") throw SubmissionRejectedException.Of("Анкета закрыта и больше не принимает ответы.");
        var form = FormRepository.Version(c, summary.Id, request.Version)
            ?? throw SubmissionRejectedException.Of(request.Version is null ? "Анкета ещё не опубликована." : $"Версия {request.Version} анкеты не найдена.");
        CheckOffice(c, summary.Id, request);

        var check = SubmissionValidator.Check(form.Definition, request.Answers);
        if (!check.IsValid) throw new SubmissionRejectedException(check.Errors);
        var evidence = request.Evidence.Select((e, i) => EvidenceProcessor.Process(request.Id, i, e)).ToList();
        var unknownEvidence = evidence.FirstOrDefault(e => !check.Accepted.ContainsKey(e.ItemCode) && form.Definition.AllItems().All(i => i.Code != e.ItemCode));
        if (unknownEvidence is not null) throw SubmissionRejectedException.Of($"Файл прикреплён к неизвестному вопросу «{unknownEvidence.ItemCode}».");
        var score = form.Definition.Kind == FormKind.Checklist ? FormScoring.Score(form.Definition, check.Accepted) : null;
        var submittedAt = request.SubmittedAt ?? DateTime.UtcNow;

        using var tx = c.BeginTransaction();
        try
        {
            if (request.Token is not null) SpendToken(c, tx, summary.Id, request);
            InsertSubmission(c, tx, request, form, submittedAt, score?.Total);
            foreach (var (code, answer) in check.Accepted) InsertAnswer(c, tx, request.Id, code, answer, form.Definition);
            foreach (var e in evidence) InsertEvidence(c, tx, request.Id, e);
            foreach (var part in score?.Sections ?? [])
                c.Execute("INSERT INTO submission_section_score VALUES ($id, $s, $score, $w, $a, $na)",
                    new { id = request.Id, s = part.Code, score = part.Score, w = part.Weight, a = part.Applicable, na = part.NotApplicable }, tx);
            tx.Commit();
        }
        catch (DuckDBException) when (Existing(store, request.Id) is not null)
        {
            // A concurrent delivery of the same submission won the race: answer with its receipt.
            return Existing(store, request.Id)!;
        }
        return new SubmissionReceipt(request.Id, summary.Id, form.Version, submittedAt, score?.Total, Repeated: false);
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

    private static SubmissionReceipt? Existing(AnalyticsStore store, string id)
    {
        using var c = store.Open();
        return Existing(c, id);
    }

    private static SubmissionReceipt? Existing(DuckDBConnection c, string id) =>
        c.QuerySingleOrDefault<(string Def, int Version, DateTime At, double? Score)?>(
            "SELECT definition_id, version, submitted_at, score FROM submission WHERE id = $id", new { id }) is { } r
            ? new SubmissionReceipt(id, r.Def, r.Version, r.At, r.Score, Repeated: true) : null;

    private static void CheckOffice(DuckDBConnection c, string definitionId, SubmissionRequest r)
    {
        if (r.OfficeCode is null) return;
        // A QR link can be edited by hand; once the organisation is loaded, only its offices count.
        var known = c.QuerySingle<(long Offices, long This)>(
            "SELECT count(*), count(*) FILTER (WHERE code = $o) FROM org_unit WHERE level = 'office'", new { o = r.OfficeCode });
        if (known.Offices > 0 && known.This == 0) throw SubmissionRejectedException.Of($"Офис «{r.OfficeCode}» не найден.");
        var limited = c.Query<string>("SELECT office_code FROM form_publication WHERE definition_id = $id", new { id = definitionId }).ToList();
        if (limited.Count > 0 && !limited.Contains(r.OfficeCode))
            throw SubmissionRejectedException.Of($"Анкета не опубликована для офиса «{r.OfficeCode}».");
        if (r.Source == SubmissionSource.Checklist && r.Auditor is not null
            && c.ExecuteScalar<long>("SELECT count(*) FROM auditor_assignment WHERE auditor = $a AND office_code = $o", new { a = r.Auditor, o = r.OfficeCode }) == 0)
            throw SubmissionRejectedException.Of($"Офис «{r.OfficeCode}» не закреплён за аудитором «{r.Auditor}».");
    }

    private static void SpendToken(DuckDBConnection c, DuckDBTransaction tx, string definitionId, SubmissionRequest r)
    {
        var spent = c.Execute("""
            UPDATE invitation SET used_at = current_timestamp, used_by = $sid
            WHERE token = $t AND definition_id = $d AND used_at IS NULL AND (expires_at IS NULL OR expires_at > current_timestamp)
            """, new { sid = r.Id, t = r.Token, d = definitionId }, tx);
        if (spent == 0) throw SubmissionRejectedException.Of("Приглашение недействительно: оно уже использовано или истёк его срок.");
    }
}
