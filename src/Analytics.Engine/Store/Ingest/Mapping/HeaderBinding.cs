using Analytics.Engine.Store.Ingest.Schemas;

namespace Analytics.Engine.Store.Ingest.Mapping;

/// <summary>
/// Which file column feeds which field of a kind: the user's map first, then the documented default aliases.
/// Unknown headers are reported as warnings and ignored (for survey responses they are item codes instead).
/// </summary>
public sealed class HeaderBinding
{
    /// <summary>Sentinel in <see cref="FieldOfColumn"/> for a column that is read by nothing.</summary>
    public const int Unused = -1;

    private readonly IReadOnlyList<FieldSpec> _fields;

    private HeaderBinding(IReadOnlyList<FieldSpec> fields, string[] headers, int[] fieldOfColumn, int[] columnOfField, List<string> warnings, List<int> extra)
    {
        _fields = fields;
        Headers = headers;
        FieldOfColumn = fieldOfColumn;
        ColumnOfField = columnOfField;
        Warnings = warnings;
        ExtraColumns = extra;
    }

    public string[] Headers { get; }

    /// <summary>For each file column, the index of the field it feeds, or <see cref="Unused"/>.</summary>
    public int[] FieldOfColumn { get; }

    /// <summary>For each field, the file column that feeds it, or -1 when the file lacks it.</summary>
    public int[] ColumnOfField { get; }

    public List<string> Warnings { get; }

    /// <summary>Columns that matched no field (the item columns of survey responses).</summary>
    public List<int> ExtraColumns { get; }

    /// <summary>True when the file has a column feeding the field named <paramref name="column"/>.</summary>
    public bool Has(string column)
    {
        for (var i = 0; i < _fields.Count; i++)
            if (_fields[i].Column == column) return ColumnOfField[i] >= 0;
        return false;
    }

    /// <summary>Binds headers to a schema's fields; refuses the file when a required column is missing.</summary>
    public static HeaderBinding Bind(string fileName, string[] headers, IReadOnlyList<FieldSpec> fields, ColumnMap? map, bool extraAreItems)
    {
        var byAlias = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < fields.Count; f++)
        {
            byAlias.TryAdd(Names.Normalize(fields[f].Column), f);
            foreach (var alias in fields[f].Aliases) byAlias.TryAdd(Names.Normalize(alias), f);
        }
        var userMap = map?.Columns.ToDictionary(p => Names.Normalize(p.Key), p => p.Value) ?? [];

        var fieldOfColumn = new int[headers.Length];
        var columnOfField = Enumerable.Repeat(-1, fields.Count).ToArray();
        var warnings = new List<string>();
        var extra = new List<int>();
        for (var c = 0; c < headers.Length; c++)
        {
            fieldOfColumn[c] = Unused;
            var key = Names.Normalize(headers[c]);
            int field;
            if (userMap.TryGetValue(key, out var target))
            {
                if (target is null) continue;
                field = FindField(fields, target);
                if (field < 0)
                    throw new ImportRefusedException(Analytics.Engine.Vocabulary.ImportReasons.Text("map_target_unknown", fileName, headers[c], target, string.Join(", ", fields.Select(s => s.Column))));
            }
            else if (key.Length == 0 || !byAlias.TryGetValue(key, out field))
            {
                if (extraAreItems && key.Length > 0) extra.Add(c);
                else warnings.Add(Analytics.Engine.Vocabulary.ImportReasons.Text("unknown_column", headers[c]));
                continue;
            }
            if (columnOfField[field] >= 0)
            {
                warnings.Add(Analytics.Engine.Vocabulary.ImportReasons.Text("repeated_column", headers[c], fields[field].Column, headers[columnOfField[field]]));
                continue;
            }
            columnOfField[field] = c;
            fieldOfColumn[c] = field;
        }

        var missing = fields.Where((f, i) => f.Required && !f.ColumnOptional && columnOfField[i] < 0).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(f => $"'{f.Column}' (e.g. «{f.Aliases.FirstOrDefault() ?? f.Column}»)"));
            throw new ImportRefusedException(Analytics.Engine.Vocabulary.ImportReasons.Text("missing_column", fileName, names, string.Join(", ", headers.Select(h => $"'{h}'"))));
        }
        return new HeaderBinding(fields, headers, fieldOfColumn, columnOfField, warnings, extra);
    }

    private static int FindField(IReadOnlyList<FieldSpec> fields, string column)
    {
        for (var i = 0; i < fields.Count; i++)
            if (fields[i].Column.Equals(column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
