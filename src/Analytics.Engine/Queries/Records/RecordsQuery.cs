using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;
using Analytics.Engine.Access;

namespace Analytics.Engine.Queries.Records;

/// <summary>One page of records: how many there are in all, the column sum a call figure is made of, and the rows.</summary>
public sealed record RecordPage(string Kind, long Total, double? Sum, TableView View, FilterFields Applies);

/// <summary>
/// The records behind a dashboard number, for the records page and its CSV/XLSX export alike: the same filter
/// (a branch manager held to their branch), the drill keys of the link, personal-data columns masked unless the
/// user may see them.
/// </summary>
public sealed class RecordsQuery(AnalyticsStore store, TimeProvider clock, IEnumerable<IRecordSource> sources,
    Analytics.Engine.Time.DisplayTime? time = null)
{
    private readonly Analytics.Engine.Time.DisplayTime _time = time ?? new Analytics.Engine.Time.DisplayTime(null, clock);

    /// <summary>Rows in one export: a table beyond this is cut, and the file says so in its name.</summary>
    public const int ExportLimit = 100_000;

    private readonly Dictionary<string, IRecordSource> _sources = sources.ToDictionary(s => s.Kind, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Kinds => _sources.Keys;

    public IRecordSource? Source(string kind) => _sources.GetValueOrDefault(kind);

    /// <summary>Rows [offset, offset + limit) of <paramref name="kind"/>; null for an unknown kind.</summary>
    public RecordPage? Load(string kind, QueryFilter filter, IReadOnlyDictionary<string, string> keys, BranchScope scope, Func<string, string> t,
        int offset = 0, int limit = 50)
    {
        if (Prepare(kind, filter, keys, scope, t) is not { } q) return null;
        using var c = q.Connection;
        q.Sql.Args.Add("offset", Math.Max(0, offset));
        q.Sql.Args.Add("limit", Math.Clamp(limit, 1, ExportLimit));
        var rows = c.Query($"{q.Select} LIMIT $limit OFFSET $offset", q.Sql.Args).Select(q.Row).ToList();
        return q.Page(rows);
    }

    /// <summary>
    /// Every row of <paramref name="kind"/> in pages of <paramref name="pageRows"/>: the same SQL, scope, masking and
    /// labels as <see cref="Load"/> (the background export's only way to the rows). One ordered query is read as a
    /// stream (one statement, so one snapshot of the store), and a file of a million rows holds one page in memory:
    /// paging by OFFSET re-sorted the table for every page and, with an import running meanwhile, could repeat or skip
    /// rows between pages. Null for an unknown kind.
    /// </summary>
    public IEnumerable<RecordPage> Pages(string kind, QueryFilter filter, IReadOnlyDictionary<string, string> keys,
        BranchScope scope, Func<string, string> t, int pageRows)
    {
        pageRows = Math.Clamp(pageRows, 1, ExportLimit);
        if (Prepare(kind, filter, keys, scope, t) is not { } q) yield break;
        using var c = q.Connection;
        var page = new List<object?[]>(pageRows);
        var any = false;
        foreach (object row in c.Query(q.Select, q.Sql.Args, buffered: false))
        {
            page.Add(q.Row(row));
            if (page.Count < pageRows) continue;
            yield return q.Page(page);
            any = true;
            page = new List<object?[]>(pageRows);
        }
        // An empty result still gives one page: the file gets its header row.
        if (page.Count > 0 || !any) yield return q.Page(page);
    }

    /// <summary>The kind's SQL for this filter, scope and language, its totals, and how a row becomes cells.</summary>
    private Prepared? Prepare(string kind, QueryFilter filter, IReadOnlyDictionary<string, string> keys, BranchScope scope,
        Func<string, string> t)
    {
        if (Source(kind) is not { } source) return null;
        filter = filter.Only(source.Applies).Within(scope);
        var c = store.Open();
        try
        {
            var norms = new MethodologyRepository(store).Get().Norms;
            var context = new RecordContext(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), MeasureOf, c)
            {
                CallAnswerSeconds = norms.CallAnswerSeconds,
                Norms = norms,
            };
            var sql = source.Build(filter, keys, context);
            var totals = c.QuerySingle<(long Count, double? Sum)>(
                $"SELECT count(*), {(sql.SumColumn is null ? "NULL" : $"coalesce(sum({sql.SumColumn}), 0)::DOUBLE")} {sql.From}", sql.Args);
            var select = string.Join(", ", sql.Columns.Select((col, i) => $"{col.Sql} AS c{i}, {col.PersonalIf ?? "false"} AS p{i}"));
            var texts = sql.Columns.Any(col => col.FormText is not null) ? new Analytics.Engine.Vocabulary.FormItemTexts(store) : null;
            var marks = sql.Columns.Select(col => col.Mark is null ? null : t(col.Mark)).ToArray();
            var headers = sql.Columns.Select(col => t(col.Header)).ToList();
            return new Prepared(c, sql, $"SELECT {select} {sql.From} ORDER BY {sql.OrderBy}",
                r => Row((IDictionary<string, object?>)r, sql.Columns, marks, scope, texts, _time),
                rows => new RecordPage(kind, totals.Count, totals.Sum, new TableView(kind, headers, rows), source.Applies));
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    private sealed record Prepared(System.Data.IDbConnection Connection, RecordSql Sql, string Select,
        Func<dynamic, object?[]> Row, Func<List<object?[]>, RecordPage> Page);

    private static object?[] Row(IDictionary<string, object?> row, IReadOnlyList<RecordColumn> columns, string?[] marks, BranchScope scope,
        Analytics.Engine.Vocabulary.FormItemTexts? texts, Analytics.Engine.Time.DisplayTime time) =>
        [.. columns.Select((col, i) => marks[i] is { } mark ? (row[$"c{i}"] is true ? mark : null)
            : col.Utc && row[$"c{i}"] is DateTime utc ? time.FromUtc(utc)
            : Cell(row[$"c{i}"], col, scope, texts, col.Personal || row[$"p{i}"] is true))];

    // Personal data is masked after an answer's text is resolved, so a masked cell never shows part of the raw value.
    private static object? Cell(object? value, RecordColumn col, BranchScope scope, Analytics.Engine.Vocabulary.FormItemTexts? texts,
        bool personal) => value switch
    {
        string s when col.FormText is not null && texts is not null && s.Split('\u001F') is [var form, var item, .. var rest] =>
            Masked(col.FormText == "item" ? texts.Item(form, item) : texts.Answer(form, item, rest.FirstOrDefault()), scope, personal),
        string s when personal => scope.Personal(s),
        string s when col.Codes is { } v => Analytics.Engine.Vocabulary.Labels.Of(v, s),
        // Free text (comments, answers) may hold a phone number or e-mail: masked inside the text (Engine rule).
        string s => scope.Text(s),
        bool b => b ? "✓" : "✗",
        var v => v,
    };

    private static string? Masked(string? text, BranchScope scope, bool personal) => personal ? scope.Personal(text) : scope.Text(text);

    /// <summary>
    /// The form kind (<see cref="Analytics.Engine.Vocabulary.Vocab.FormKind"/> code: checklist or questionnaire) of one
    /// submission by the records' own rule (<see cref="AnswerRecords"/>), so a drill chip names an audit «Чек-лист», not
    /// «Анкета»; null when the store has no such submission.
    /// </summary>
    public string? SubmissionFormKind(string submissionId)
    {
        using var c = store.Open();
        return c.ExecuteScalar<string?>($"""
            SELECT CASE WHEN {AnswerRecords.Checklist} THEN 'checklist' ELSE 'questionnaire' END
            FROM submission s LEFT JOIN form_definition f ON f.id = s.definition_id WHERE s.id = $id
            """, new { id = submissionId });
    }

    /// <summary>The measure a criterion of the current methodology counts, or null when there is no such criterion.</summary>
    public string? MeasureOf(string criterionId) =>
        new MethodologyRepository(store).Get().Criteria.FirstOrDefault(c => c.Id == criterionId)?.Measure;
}
