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
        if (Source(kind) is not { } source) return null;
        filter = filter.Only(source.Applies).Within(scope);
        using var c = store.Open();
        var norms = new MethodologyRepository(store).Get().Norms;
        var context = new RecordContext(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), MeasureOf, c)
        {
            CallAnswerSeconds = norms.CallAnswerSeconds,
            Norms = norms,
        };
        var sql = source.Build(filter, keys, context);
        var totals = c.QuerySingle<(long Count, double? Sum)>(
            $"SELECT count(*), {(sql.SumColumn is null ? "NULL" : $"coalesce(sum({sql.SumColumn}), 0)::DOUBLE")} {sql.From}", sql.Args);
        sql.Args.Add("offset", Math.Max(0, offset));
        sql.Args.Add("limit", Math.Clamp(limit, 1, ExportLimit));
        var select = string.Join(", ", sql.Columns.Select((col, i) => $"{col.Sql} AS c{i}, {col.PersonalIf ?? "false"} AS p{i}"));
        var texts = sql.Columns.Any(col => col.FormText is not null) ? new Analytics.Engine.Vocabulary.FormItemTexts(store) : null;
        var marks = sql.Columns.Select(col => col.Mark is null ? null : t(col.Mark)).ToArray();
        var rows = c.Query($"SELECT {select} {sql.From} ORDER BY {sql.OrderBy} LIMIT $limit OFFSET $offset", sql.Args)
            .Select(r => Row((IDictionary<string, object?>)r, sql.Columns, marks, scope, texts, _time)).ToList();
        return new RecordPage(kind, totals.Count, totals.Sum,
            new TableView(kind, [.. sql.Columns.Select(col => t(col.Header))], rows), source.Applies);
    }

    /// <summary>
    /// Every row of <paramref name="kind"/>, page after page of <paramref name="pageRows"/>: the same SQL, scope,
    /// masking and labels as <see cref="Load"/> (the background export's only way to the rows), so a file of a million
    /// rows holds one page in memory at a time. Null for an unknown kind.
    /// </summary>
    public IEnumerable<RecordPage> Pages(string kind, QueryFilter filter, IReadOnlyDictionary<string, string> keys,
        BranchScope scope, Func<string, string> t, int pageRows)
    {
        pageRows = Math.Clamp(pageRows, 1, ExportLimit);
        for (var offset = 0; ; offset += pageRows)
        {
            if (Load(kind, filter, keys, scope, t, offset, pageRows) is not { } page) yield break;
            yield return page;
            if (page.View.Rows.Count < pageRows) yield break;
        }
    }

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

    /// <summary>The measure a criterion of the current methodology counts, or null when there is no such criterion.</summary>
    public string? MeasureOf(string criterionId) =>
        new MethodologyRepository(store).Get().Criteria.FirstOrDefault(c => c.Id == criterionId)?.Measure;
}
