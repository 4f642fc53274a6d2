using System.Text;
using System.Text.Json;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Forms;

public sealed partial class SubmissionStore
{
    private static readonly string[] SubmissionColumns =
        ["id", "definition_id", "version", "office_code", "source", "channel", "respondent_type", "token", "auditor",
         "started_at", "finished_at", "submitted_at", "latitude", "longitude", "user_agent", "score"];

    private static readonly string[] AnswerColumns =
        ["submission_id", "item_code", "value_num", "value_text", "not_applicable", "seconds_spent", "answered_at", "note"];

    private static readonly string[] EvidenceColumns =
        ["id", "submission_id", "item_code", "file_name", "content_type", "size_bytes", "width", "height", "sha256", "taken_at", "content"];

    private static readonly string[] SectionColumns = ["submission_id", "section_code", "score", "weight", "applicable", "not_applicable"];

    /// <summary>
    /// Stores the rows of prepared submissions inside <paramref name="tx"/>: a batch through DuckDB's appender (a
    /// parameterised statement costs DuckDB a bind and plan per value list, the appender writes column chunks), a single
    /// submission — the writer's retry of a failed batch — through plain INSERTs naming their columns.
    /// </summary>
    internal static void InsertRows(DuckDBConnection c, DuckDBTransaction tx, IReadOnlyList<PreparedSubmission> batch, bool append)
    {
        Action<DuckDBConnection, DuckDBTransaction, string, string[], IEnumerable<object?[]>> write = append ? StoreAppender.Append : InsertMany;
        write(c, tx, "submission", SubmissionColumns, batch.Select(SubmissionRow));
        write(c, tx, "answer", AnswerColumns, batch.SelectMany(p => p.Answers));
        write(c, tx, "evidence", EvidenceColumns, batch.SelectMany(p => p.Evidence.Select(e => new object?[]
            { e.Id, p.Id, e.ItemCode, e.FileName, e.ContentType, (long)e.Content.Length, e.Width, e.Height, e.Sha256, e.TakenAt, e.Content })));
        write(c, tx, "submission_section_score", SectionColumns, batch.SelectMany(p => p.Sections.Select(s => new object?[]
            { p.Id, s.Code, s.Score, s.Weight, s.Applicable, s.NotApplicable })));
    }

    /// <summary>
    /// <c>submission.stored</c> webhook events for the batch, in its transaction: one query when nobody subscribed
    /// (ADR 0012, 0028). No answers travel: they may hold personal data; a receiver fetches what it may see.
    /// </summary>
    internal static void PublishStored(DuckDBConnection c, DuckDBTransaction tx, IEnumerable<PreparedSubmission> batch) =>
        Webhooks.WebhookOutbox.PublishMany(c, tx, Webhooks.WebhookEvents.SubmissionStored, batch.Select(p => (object)new
        {
            submission = p.Id, form = p.Form.DefinitionId, version = p.Form.Version, kind = p.Form.Definition.Kind == FormKind.Checklist ? "checklist" : "questionnaire",
            office = p.Request.OfficeCode, source = p.Request.Source.ToString().ToLowerInvariant(), channel = p.Request.Channel,
            submittedAt = DateTime.SpecifyKind(p.SubmittedAt, DateTimeKind.Utc), score = p.Score,
        }), DateTime.UtcNow);

    private static object?[] SubmissionRow(PreparedSubmission p)
    {
        var r = p.Request;
        return [r.Id, p.Form.DefinitionId, p.Form.Version, r.OfficeCode, r.Source.ToString().ToLowerInvariant(), r.Channel, r.RespondentType,
            r.Token, r.Auditor, r.StartedAt, r.FinishedAt, p.SubmittedAt, r.Latitude, r.Longitude, Truncate(r.UserAgent, 400), p.Score];
    }

    /// <summary>An answer row in <see cref="AnswerColumns"/> order.</summary>
    internal static object?[] AnswerRow(string id, string code, AnswerValue a, FormDefinition form) =>
        [id, code, NumberOf(code, a, form), TextOf(a), a.NotApplicable, a.SecondsSpent, a.AnsweredAt, Truncate(a.Note, 2000)];

    /// <summary>
    /// One parameterised <c>INSERT … VALUES (…), (…)</c> per chunk: a statement per row would cost a parse and plan each,
    /// which is most of the time of a small insert in DuckDB.
    /// </summary>
    private static void InsertMany(DuckDBConnection c, DuckDBTransaction tx, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        const int MaxParameters = 2000;
        var perChunk = Math.Max(1, MaxParameters / columns.Length);
        foreach (var chunk in rows.Chunk(perChunk))
        {
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var parameters = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "(" : ", (");
                for (var j = 0; j < columns.Length; j++)
                {
                    var name = $"p{i * columns.Length + j}";
                    sql.Append(j == 0 ? "$" : ", $").Append(name);
                    parameters.Add(name, chunk[i][j]);
                }
                sql.Append(')');
            }
            c.Execute(sql.ToString(), parameters, tx);
        }
    }

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
