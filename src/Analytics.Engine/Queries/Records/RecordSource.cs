using Analytics.Engine.Access;
using Dapper;

namespace Analytics.Engine.Queries.Records;

/// <summary>
/// One column of a records view: its header key in the string table and its SQL expression. Whether it holds personal
/// data is the Engine's rule (<see cref="Analytics.Engine.Privacy.PersonalData"/>): an appeal's consumer field always,
/// or per row where <paramref name="PersonalIf"/> (SQL) is true.
/// A column of codes names the catalogue's vocabulary (<paramref name="Codes"/>) so its values are shown as labels (the
/// file gets the labels too: a records export is read by people). <paramref name="FormText"/> "item" or "answer": the SQL
/// yields definition id, item code (and value) joined by U+001F, and the column shows the item's text or the answer's
/// option text from the form versions.
/// </summary>
/// <remarks><paramref name="Mark"/>: a yes/no column shown as this label's text where true and empty where false
/// (D26: "Неприменимо ✗" on every answer row hid the few that were set N/A). <paramref name="Utc"/>: an app-stamped
/// instant (submissions), shown in the display zone; register times are office wall clock and shown as stored.</remarks>
public sealed record RecordColumn(string Header, string Sql, string? PersonalIf = null, Analytics.Engine.Vocabulary.Vocab? Codes = null,
    string? FormText = null, string? Mark = null, bool Utc = false)
{
    public bool Personal => Analytics.Engine.Privacy.PersonalData.IsPersonalColumn(Sql);
}

/// <summary>
/// The SQL behind one kind of record: the FROM … WHERE text for a filter and the drill keys of a link, its columns,
/// its order, and the filters it honours. Built from fixed text only; every value travels as a parameter.
/// </summary>
public sealed record RecordSql(string From, DynamicParameters Args, IReadOnlyList<RecordColumn> Columns, string OrderBy,
    string? SumColumn = null);

/// <summary>A kind of record a number can drill down to.</summary>
public interface IRecordSource
{
    /// <summary>The name in the address: <c>/records/{Kind}</c>.</summary>
    string Kind { get; }

    /// <summary>The shared filters this kind honours; others are named as not applied.</summary>
    FilterFields Applies { get; }

    /// <summary>Drill keys beyond the shared filter (<c>state</c>, <c>criterion</c>…), for the page's summary line.</summary>
    IReadOnlyList<string> Keys { get; }

    /// <summary>The SQL for a filter and drill keys; throws <see cref="ArgumentException"/> on a value it cannot use.</summary>
    RecordSql Build(QueryFilter filter, IReadOnlyDictionary<string, string> keys, RecordContext context);
}

/// <summary>What a source may need besides the filter: today's date, criterion → measure, the connection for temp views.</summary>
public sealed record RecordContext(DateOnly Today, Func<string, string?> MeasureOf, System.Data.IDbConnection Connection)
{
    /// <summary>The methodology's answer norm, seconds: call records show their count re-timed to it.</summary>
    public double CallAnswerSeconds { get; init; } = 40;
    /// <summary>The methodology's norms: queue records are timed by the one queue definition against them.</summary>
    public Methodology.ComplianceNorms Norms { get; init; } = new();
}

/// <summary>The WHERE terms every kind shares: period on a date column, branch and office on an office column.</summary>
internal static class RecordTerms
{
    public static List<string> Shared(QueryFilter f, DynamicParameters args, string dateColumn, string officeColumn, string orgAlias)
    {
        var terms = new List<string> { "true" };
        if (f.From is { } from) { terms.Add($"CAST({dateColumn} AS DATE) >= $from"); args.Add("from", from); }
        if (f.To is { } to) { terms.Add($"CAST({dateColumn} AS DATE) <= $to"); args.Add("to", to); }
        if (f.Branch is { } branch) { terms.Add(BranchScope.Where(orgAlias, officeColumn)); args.Add("branch", branch); }
        if (f.Office is { } office) { terms.Add($"{officeColumn} = $office"); args.Add("office", office); }
        return terms;
    }

    public static string? Get(this IReadOnlyDictionary<string, string> keys, string key) => keys.TryGetValue(key, out var v) ? v : null;

    /// <summary>The measure behind a criterion, checked against the measures this kind can list.</summary>
    public static string? Measure(IReadOnlyDictionary<string, string> keys, RecordContext context, string kind, params string[] prefixes)
    {
        if (keys.Get("criterion") is not { } criterion) return null;
        var measure = context.MeasureOf(criterion) ?? throw RecordKeyException.UnknownCriterion(criterion);
        return prefixes.Any(p => measure.StartsWith(p, StringComparison.Ordinal)) ? measure
            : throw RecordKeyException.WrongKind(criterion, measure, kind);
    }
}
