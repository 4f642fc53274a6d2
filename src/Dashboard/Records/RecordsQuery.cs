using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;
using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Records;

/// <summary>One page of records: how many there are in all, the column sum a call figure is made of, and the rows.</summary>
public sealed record RecordPage(string Kind, long Total, double? Sum, TableView View, FilterFields Applies);

/// <summary>
/// The records behind a dashboard number, for the records page and its CSV/XLSX export alike: the same filter
/// (a branch manager held to their branch), the drill keys of the link, personal-data columns masked unless the
/// user may see them.
/// </summary>
public sealed class RecordsQuery(AnalyticsStore store, TimeProvider clock, IEnumerable<IRecordSource> sources)
{
    /// <summary>Rows in one export: a table beyond this is cut, and the file says so in its name.</summary>
    public const int ExportLimit = 100_000;

    private readonly Dictionary<string, IRecordSource> _sources = sources.ToDictionary(s => s.Kind, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Kinds => _sources.Keys;

    public IRecordSource? Source(string kind) => _sources.GetValueOrDefault(kind);

    /// <summary>Rows [offset, offset + limit) of <paramref name="kind"/>; null for an unknown kind.</summary>
    public RecordPage? Load(string kind, DashboardFilter filter, IReadOnlyDictionary<string, string> keys, UserScope scope, Ui t,
        int offset = 0, int limit = 50)
    {
        if (Source(kind) is not { } source) return null;
        filter = filter.Only(source.Applies).For(scope);
        using var c = store.Open();
        var context = new RecordContext(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), MeasureOf, c);
        var sql = source.Build(filter, keys, context);
        var totals = c.QuerySingle<(long Count, double? Sum)>(
            $"SELECT count(*), {(sql.SumColumn is null ? "NULL" : $"coalesce(sum({sql.SumColumn}), 0)::DOUBLE")} {sql.From}", sql.Args);
        sql.Args.Add("offset", Math.Max(0, offset));
        sql.Args.Add("limit", Math.Clamp(limit, 1, ExportLimit));
        var select = string.Join(", ", sql.Columns.Select((col, i) => $"{col.Sql} AS c{i}"));
        var rows = c.Query($"SELECT {select} {sql.From} ORDER BY {sql.OrderBy} LIMIT $limit OFFSET $offset", sql.Args)
            .Select(r => Row((IDictionary<string, object?>)r, sql.Columns, scope)).ToList();
        return new RecordPage(kind, totals.Count, totals.Sum,
            new TableView(kind, [.. sql.Columns.Select(col => t[col.Header])], rows), source.Applies);
    }

    private static object?[] Row(IDictionary<string, object?> row, IReadOnlyList<RecordColumn> columns, UserScope scope) =>
        [.. columns.Select((col, i) => row[$"c{i}"] switch
        {
            string s when col.Personal => scope.Personal(s),
            bool b => b ? "✓" : "✗",
            var v => v,
        })];

    /// <summary>The measure a criterion of the current methodology counts, or null when there is no such criterion.</summary>
    public string? MeasureOf(string criterionId) =>
        new MethodologyRepository(store).Get().Criteria.FirstOrDefault(c => c.Id == criterionId)?.Measure;
}
