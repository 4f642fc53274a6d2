using System.Text.Json;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Surveys;

/// <summary>What the questionnaire page sends while the client answers: its partial id and the answers so far.</summary>
public sealed record PartialRequest
{
    public required string Id { get; init; }
    /// <summary>The form's code.</summary>
    public required string Form { get; init; }
    public int? Version { get; init; }
    public string? OfficeCode { get; init; }
    public string? Token { get; init; }
    public IReadOnlyDictionary<string, AnswerValue> Answers { get; init; } = new Dictionary<string, AnswerValue>();
}

/// <summary>A stored partial response: what a page restores from (with an invitation token, on another device).</summary>
public sealed record PartialResponse(string Id, string DefinitionId, int Version, string? OfficeCode, string? Token,
    IReadOnlyDictionary<string, AnswerValue> Answers, int Answered, string? LastItem, DateTime StartedAt, DateTime UpdatedAt);

/// <summary>
/// Questionnaires answered part of the way (#17.6, ADR 0032), in <c>survey_partial</c>. A partial is never a
/// submission: nothing that computes an indicator, a benchmark or an answer export reads it; survey results count an
/// abandoned one only in completion and drop-off (<see cref="SurveyResultsQuery"/>). Answers are checked against the
/// published version like a submission's, but an answer that does not pass (an unknown or hidden item, a value out of
/// range, a half-typed date) is dropped rather than refused: the client is still typing. A submission deletes its
/// partial in its own transaction (<see cref="Close"/>), so a response is never counted twice.
/// </summary>
public sealed class PartialResponses(AnalyticsStore store, TimeProvider? clock = null)
{
    /// <summary>Most answers one partial may carry (a questionnaire has far fewer questions; a larger body is abuse).</summary>
    public const int MaxAnswers = 500;

    /// <summary>Largest accepted body of the partial endpoint, in bytes.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>Stores or replaces the partial; returns how many answers were kept.</summary>
    /// <exception cref="SubmissionRejectedException">An unknown or closed form, a bad id, or an invitation that is not this form's or is spent.</exception>
    public int Save(PartialRequest request)
    {
        SubmissionStore.CheckId(request.Id);
        if (request.Answers.Count > MaxAnswers) throw SubmissionRejectedException.Of($"Слишком много ответов ({request.Answers.Count}; не больше {MaxAnswers}).");
        var forms = new FormRepository(store);
        var summary = forms.Find(request.Form);
        if (summary is null || summary.Kind != FormKind.Questionnaire) throw SubmissionRejectedException.Of($"Анкета «{request.Form}» не найдена.");
        if (summary.Status == FormStatus.Archived) throw SubmissionRejectedException.Of("Анкета закрыта и больше не принимает ответы.");
        var form = (request.Version is { } v ? forms.Version(summary.Id, v) : forms.Version(summary.Id))
                   ?? throw SubmissionRejectedException.Of(request.Version is null ? "Анкета ещё не опубликована." : $"Версия {request.Version} анкеты не найдена.");
        var kept = Kept(form.Definition, request.Answers);
        var order = form.Definition.AllItems().Select(i => i.Code).ToList();
        var last = order.LastOrDefault(kept.ContainsKey);
        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        if (request.Token is { } token && c.ExecuteScalar<long>("""
                SELECT count(*) FROM invitation WHERE token = $token AND definition_id = $d AND used_at IS NULL
                  AND (expires_at IS NULL OR expires_at > current_timestamp)
                """, new { token, d = summary.Id }, tx) == 0)
            throw SubmissionRejectedException.Of("Приглашение недействительно: оно уже использовано или истёк его срок.");
        // With an invitation the token is the resume key: one partial per token, whatever device saved it last.
        var existing = c.QuerySingleOrDefault<(string Id, string Def, DateTime Started)?>(
            "SELECT id, definition_id, started_at FROM survey_partial WHERE id = $id OR ($token IS NOT NULL AND token = $token) ORDER BY id = $id DESC LIMIT 1",
            new { id = request.Id, token = request.Token }, tx);
        // Another form's partial under the same id is not ours to overwrite (a guessed id cannot take over a row).
        if (existing is { } e && e.Def != summary.Id) throw SubmissionRejectedException.Of("Черновик принадлежит другой анкете.");
        c.Execute("DELETE FROM survey_partial WHERE id = $id OR ($token IS NOT NULL AND token = $token)", new { id = request.Id, token = request.Token }, tx);
        c.Execute("""
            INSERT INTO survey_partial (id, definition_id, version, office_code, token, answers_json, answered, last_item, started_at, updated_at)
            VALUES ($id, $d, $version, $office, $token, $json, $answered, $last, $started, $now)
            """, new
        {
            id = request.Id, d = summary.Id, version = form.Version, office = request.OfficeCode, token = request.Token,
            json = JsonSerializer.Serialize(kept), answered = kept.Count, last, started = existing?.Started ?? now, now,
        }, tx);
        tx.Commit();
        return kept.Count;
    }

    /// <summary>The partial of an invitation (the resume key on another device), or null.</summary>
    public PartialResponse? ForToken(string token) => Load("token = $k", token);

    /// <summary>The partial with this id, or null.</summary>
    public PartialResponse? Find(string id) => Load("id = $k", id);

    /// <summary>Deletes partials not touched since <paramref name="cut"/> (the retention sweep); returns how many.</summary>
    internal static int DeleteOlderThan(System.Data.IDbConnection c, System.Data.IDbTransaction tx, DateTime cut) =>
        c.Execute("DELETE FROM survey_partial WHERE updated_at < $cut", new { cut }, tx);

    /// <summary>Deletes the partials of submissions being stored (by partial id or invitation token), inside their transaction.</summary>
    internal static void Close(System.Data.IDbConnection c, System.Data.IDbTransaction tx, IEnumerable<SubmissionRequest> submitted)
    {
        foreach (var r in submitted.Where(r => r.PartialId is not null || r.Token is not null))
            c.Execute("DELETE FROM survey_partial WHERE id = $id OR token = $token", new { id = r.PartialId, token = r.Token }, tx);
    }

    /// <summary>Answers that pass the published version's checks; the rest are dropped (required items are not demanded yet).</summary>
    private static Dictionary<string, AnswerValue> Kept(FormDefinition form, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        var check = SubmissionValidator.Check(form, answers);
        var files = form.AllItems().Where(i => i.Type is QuestionType.File or QuestionType.Signature).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        return check.Accepted.Where(a => !files.Contains(a.Key) && a.Value.HasValue)
            .ToDictionary(a => a.Key, a => new AnswerValue { Number = a.Value.Number, Text = a.Value.Text, Choices = a.Value.Choices, NotApplicable = a.Value.NotApplicable },
                StringComparer.Ordinal);
    }

    private PartialResponse? Load(string where, string key)
    {
        using var c = store.Open();
        var row = c.QuerySingleOrDefault<(string Id, string Def, int Version, string? Office, string? Token, string Json, int Answered, string? Last, DateTime Started, DateTime Updated)?>(
            $"SELECT id, definition_id, version, office_code, token, answers_json, answered, last_item, started_at, updated_at FROM survey_partial WHERE {where}", new { k = key });
        if (row is not { } r) return null;
        var answers = JsonSerializer.Deserialize<Dictionary<string, AnswerValue>>(r.Json) ?? [];
        return new PartialResponse(r.Id, r.Def, r.Version, r.Office, r.Token, answers, r.Answered, r.Last,
            DateTime.SpecifyKind(r.Started, DateTimeKind.Utc), DateTime.SpecifyKind(r.Updated, DateTimeKind.Utc));
    }
}
