using System.Text.Json;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Forms;

public sealed partial class SubmissionStore
{
    private static void InsertSubmission(DuckDBConnection c, DuckDBTransaction tx, SubmissionRequest r, PublishedForm form, DateTime at, double? score) =>
        c.Execute("""
            INSERT INTO submission (id, definition_id, version, office_code, source, channel, respondent_type, token, auditor,
                started_at, finished_at, submitted_at, latitude, longitude, user_agent, score)
            VALUES ($id, $def, $version, $office, $source, $channel, $respondent, $token, $auditor,
                $started, $finished, $at, $lat, $lon, $ua, $score)
            """, new
        {
            id = r.Id, def = form.DefinitionId, version = form.Version, office = r.OfficeCode, source = r.Source.ToString().ToLowerInvariant(),
            channel = r.Channel, respondent = r.RespondentType, token = r.Token, auditor = r.Auditor, started = r.StartedAt,
            finished = r.FinishedAt, at, lat = r.Latitude, lon = r.Longitude, ua = Truncate(r.UserAgent, 400), score,
        }, tx);

    private static void InsertAnswer(DuckDBConnection c, DuckDBTransaction tx, string id, string code, AnswerValue a, FormDefinition form) =>
        c.Execute("""
            INSERT INTO answer (submission_id, item_code, value_num, value_text, not_applicable, seconds_spent, answered_at, note)
            VALUES ($id, $code, $num, $text, $na, $seconds, $at, $note)
            """, new { id, code, num = NumberOf(code, a, form), text = TextOf(a), na = a.NotApplicable, seconds = a.SecondsSpent, at = a.AnsweredAt, note = Truncate(a.Note, 2000) }, tx);

    private static void InsertEvidence(DuckDBConnection c, DuckDBTransaction tx, string id, StoredEvidence e) =>
        c.Execute("""
            INSERT INTO evidence (id, submission_id, item_code, file_name, content_type, size_bytes, width, height, sha256, taken_at, content)
            VALUES ($eid, $id, $item, $name, $type, $size, $w, $h, $sha, $taken, $content)
            """, new { eid = e.Id, id, item = e.ItemCode, name = e.FileName, type = e.ContentType, size = (long)e.Content.Length,
                w = e.Width, h = e.Height, sha = e.Sha256, taken = e.TakenAt, content = e.Content }, tx);

    /// <summary>Multiple choices are a JSON array; a single choice its code; other answers their text.</summary>
    internal static string? TextOf(AnswerValue a) =>
        a.Choices is { Count: > 1 } ? JsonSerializer.Serialize(a.Choices)
        : a.Choices is { Count: 1 } ? a.Choices[0]
        : a.Text;

    /// <summary>The numeric value analytics read: the number, or a single choice's score (so ratings-as-choices aggregate).</summary>
    internal static double? NumberOf(string code, AnswerValue a, FormDefinition form)
    {
        if (a.Number is not null) return a.Number;
        var item = form.AllItems().FirstOrDefault(i => i.Code == code);
        return item is null || a.NotApplicable ? null : FormScoring.ItemScore(item, a) is { } s && item.Type == QuestionType.YesNoNa ? s
            : item.Choices.FirstOrDefault(ch => ch.Code == TextOf(a))?.Score;
    }

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
