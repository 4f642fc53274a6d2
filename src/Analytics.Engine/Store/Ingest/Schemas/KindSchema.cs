using Analytics.Engine.Store.Ingest.Parsing;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary>A table filled alongside the main one from the same rows (appeal measures, survey answers).</summary>
public sealed record ChildTable(string Table, IReadOnlyList<(string Column, FieldType Type)> Columns, string[] Key);

/// <summary>
/// The row schema of one import kind: the target table, its fields with header aliases and vocabularies,
/// the natural key that decides duplicates, and optional child tables and cross-field checks.
/// </summary>
public abstract class KindSchema
{
    private Dictionary<string, int>? _index;

    public abstract ImportKind Kind { get; }

    public abstract string Table { get; }

    public abstract IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>Columns of <see cref="Table"/> whose values identify a row; a repeat is a duplicate.</summary>
    public abstract string[] NaturalKey { get; }

    public virtual IReadOnlyList<ChildTable> Children => [];

    /// <summary>When true, columns that match no field are item columns (survey responses) rather than unknown.</summary>
    public virtual bool ExtraColumnsAreItems => false;

    /// <summary>Index of the field storing <paramref name="column"/>.</summary>
    public int IndexOf(string column)
    {
        _index ??= Fields.Select((f, i) => (f.Column, i)).ToDictionary(p => p.Column, p => p.i);
        return _index[column];
    }

    /// <summary>
    /// Completes a parsed row (derived values, cross-field rules) and emits child rows.
    /// Returns a rejection (field column and reason) or null when the row is good.
    /// </summary>
    public virtual (string Column, string Reason)? Complete(RowContext row) => null;
}

/// <summary>A parsed row on its way to staging, with access to unmapped item columns and the child sink.</summary>
public sealed class RowContext(FieldValue[] values, Func<int, string> extraValue, IReadOnlyList<string> extraHeaders, Action<int, FieldValue[]> emitChild)
{
    public FieldValue[] Values { get; } = values;

    /// <summary>Headers of the columns no field reads (survey item codes).</summary>
    public IReadOnlyList<string> ExtraHeaders { get; } = extraHeaders;

    /// <summary>The current row's text in extra column <paramref name="i"/> (index into <see cref="ExtraHeaders"/>).</summary>
    public string Extra(int i) => extraValue(i);

    /// <summary>Stages one row of child table <paramref name="child"/>; values follow its column order.</summary>
    public void EmitChild(int child, FieldValue[] values) => emitChild(child, values);
}
