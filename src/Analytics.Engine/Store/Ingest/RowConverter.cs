using Analytics.Engine.Store.Ingest.Mapping;
using Analytics.Engine.Store.Ingest.Parsing;
using Analytics.Engine.Store.Ingest.Schemas;
using Analytics.Engine.Store.Ingest.Sources;

namespace Analytics.Engine.Store.Ingest;

/// <summary>
/// Turns one source record into typed values of a kind's fields, or a rejection naming the file column and why.
/// The value buffer is reused for every row.
/// </summary>
internal sealed class RowConverter
{
    private readonly KindSchema _schema;
    private readonly HeaderBinding _binding;
    private readonly Dictionary<string, string>?[] _valueMaps;
    private readonly HashSet<string>? _officeCodes;
    private readonly string[] _extraHeaders;
    private readonly RowContext _context;
    private IRecordSource _source = null!;

    public RowConverter(KindSchema schema, HeaderBinding binding, ColumnMap? map, HashSet<string>? officeCodes, Action<int, FieldValue[]> emitChild)
    {
        _schema = schema;
        _binding = binding;
        _officeCodes = officeCodes;
        _valueMaps = [.. schema.Fields.Select(f => map?.ValuesFor(f.Column))];
        _extraHeaders = [.. binding.ExtraColumns.Select(c => binding.Headers[c])];
        Values = new FieldValue[schema.Fields.Count];
        _context = new RowContext(Values, i => Cell(binding.ExtraColumns[i]), _extraHeaders, emitChild);
    }

    public FieldValue[] Values { get; }

    /// <summary>Fills <see cref="Values"/> from the current record; returns (column, reason) when the row is rejected.</summary>
    public (string? Column, string Reason)? Convert(IRecordSource source)
    {
        _source = source;
        var fields = _schema.Fields;
        for (var f = 0; f < fields.Count; f++)
        {
            var spec = fields[f];
            var column = _binding.ColumnOfField[f];
            var text = column >= 0 ? Cell(column).AsSpan().Trim() : [];
            if (text.IsEmpty)
            {
                if (spec.Default is not null) text = spec.Default;
                else if (spec.Required) return (Header(f), "a value is required");
                else { Values[f] = FieldValue.Null(spec.Type); continue; }
            }
            var error = Parse(f, spec, text, out Values[f]);
            if (error is not null) return (Header(f), error);
        }
        var rejection = _schema.Complete(_context);
        return rejection is { } r ? (HeaderOf(r.Column), r.Reason) : null;
    }

    private string Cell(int column) => column < _source.FieldCount ? _source.GetField(column) : "";

    private string? Parse(int f, FieldSpec spec, ReadOnlySpan<char> text, out FieldValue value)
    {
        value = default;
        if (_valueMaps[f] is { } map && map.TryGetValue(Names.Normalize(text.ToString()), out var mapped)) text = mapped;
        switch (spec.Type)
        {
            case FieldType.Integer:
                if (!ScalarParser.TryParseInteger(text, out var integer)) return $"'{Clip(text)}' is not a whole number";
                if (integer is > int.MaxValue or < int.MinValue) return $"{integer} is out of range";
                value = FieldValue.Of(integer);
                return null;
            case FieldType.Double:
                if (!ScalarParser.TryParseDouble(text, out var number) || !double.IsFinite(number)) return $"'{Clip(text)}' is not a number";
                value = FieldValue.Of(number);
                return null;
            case FieldType.Boolean:
                if (!ScalarParser.TryParseBoolean(text, out var flag)) return $"'{Clip(text)}' is not yes/no (да/нет, yes/no, 1/0, true/false)";
                value = FieldValue.Of(flag);
                return null;
            case FieldType.Date or FieldType.Timestamp:
                if (!DateParser.TryParse(text, out var time)) return $"'{Clip(text)}' is not a valid date (dd.MM.yyyy[ HH:mm[:ss]] or ISO 8601)";
                value = FieldValue.OfTime(spec.Type == FieldType.Date ? time.Date : time, spec.Type);
                return null;
            case FieldType.Enum:
                if (!spec.Vocabulary!.TryResolve(text.ToString(), out var code))
                    return $"'{Clip(text)}' is not a known {spec.Column} (expected one of: {string.Join(", ", spec.Vocabulary.Codes)})";
                value = FieldValue.Of(code);
                return null;
            default:
                var s = text.ToString();
                if (spec.IsOfficeCode && _officeCodes is not null && !_officeCodes.Contains(s))
                    return $"unknown office code '{Clip(text)}' (not in the loaded organisation structure)";
                value = FieldValue.Of(s);
                return null;
        }
    }

    private string Header(int field) => _binding.ColumnOfField[field] is var c and >= 0 ? _binding.Headers[c] : _schema.Fields[field].Column;

    private string HeaderOf(string column)
    {
        for (var f = 0; f < _schema.Fields.Count; f++)
            if (_schema.Fields[f].Column == column) return Header(f);
        return column;
    }

    private static string Clip(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");
}
