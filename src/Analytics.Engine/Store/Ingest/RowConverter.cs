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

    private readonly DateTime _earliest;
    private readonly DateTime _latest;

    public RowConverter(KindSchema schema, HeaderBinding binding, ImportOptions options, HashSet<string>? officeCodes, Action<int, FieldValue[]> emitChild)
    {
        var map = options.Map;
        _earliest = options.EarliestDate;
        // Moscow's today (DisplayTime), not the server's: a register written in Moscow after UTC midnight is not "future".
        _latest = Time.DisplayTime.Default.LocalNow.Date.AddDays(options.LatestDateDaysAhead + 1).AddTicks(-1);
        _schema = schema;
        _binding = binding;
        _officeCodes = officeCodes;
        _valueMaps = [.. schema.Fields.Select(f => map?.ValuesFor(f.Column))];
        _extraHeaders = [.. binding.ExtraColumns.Select(c => binding.Headers[c])];
        Values = new FieldValue[schema.Fields.Count];
        _context = new RowContext(Values, i => Visible(Cell(binding.ExtraColumns[i])), _extraHeaders, emitChild);
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
            if (InvisibleChars.Any(text))
            {
                if (InvisibleChars.Clean(text, out var invisible) is not { } clean) return (Header(f), invisible!);
                text = clean;
            }
            // A file this suite exported carries "'" before formula-looking text (CSV injection guard): take it off.
            text = Analytics.Engine.Store.Export.CsvInjection.Restore(text);
            if (text.IsEmpty)
            {
                if (spec.Default is not null) text = spec.Default;
                else if (spec.Required) return (Header(f), Analytics.Engine.Vocabulary.ImportReasons.Text("required"));
                else { Values[f] = FieldValue.Null(spec.Type); continue; }
            }
            var error = Parse(f, spec, text, out Values[f]);
            if (error is not null) return (Header(f), error);
        }
        foreach (var extra in _binding.ExtraColumns)
            if (InvisibleChars.Any(Cell(extra)) && InvisibleChars.Clean(Cell(extra), out var invisible) is null)
                return (_binding.Headers[extra], invisible!);
        var rejection = _schema.Complete(_context);
        return rejection is { } r ? (HeaderOf(r.Column), r.Reason) : null;
    }

    private string Cell(int column) => column < _source.FieldCount ? _source.GetField(column) : "";

    /// <summary>An extra column's text without invisible format characters (control characters were rejected before).</summary>
    private static string Visible(string text)
    {
        var visible = InvisibleChars.Any(text) ? InvisibleChars.Clean(text, out _) ?? text : text;
        var restored = Analytics.Engine.Store.Export.CsvInjection.Restore(visible);
        return restored.Length == visible.Length ? visible : restored.ToString();
    }

    private string? Parse(int f, FieldSpec spec, ReadOnlySpan<char> text, out FieldValue value)
    {
        value = default;
        if (_valueMaps[f] is { } map && map.TryGetValue(Names.Normalize(text.ToString()), out var mapped)) text = mapped;
        switch (spec.Type)
        {
            case FieldType.Integer:
                if (!ScalarParser.TryParseInteger(text, out var integer)) return Analytics.Engine.Vocabulary.ImportReasons.Text("not_integer", Clip(text));
                if (integer is > int.MaxValue or < int.MinValue) return Analytics.Engine.Vocabulary.ImportReasons.Text("out_of_range", integer);
                value = FieldValue.Of(integer);
                return null;
            case FieldType.Double:
                if (!ScalarParser.TryParseDouble(text, out var number) || !double.IsFinite(number)) return Analytics.Engine.Vocabulary.ImportReasons.Text("not_number", Clip(text));
                value = FieldValue.Of(number);
                return null;
            case FieldType.Boolean:
                if (!ScalarParser.TryParseBoolean(text, out var flag)) return Analytics.Engine.Vocabulary.ImportReasons.Text("not_boolean", Clip(text));
                value = FieldValue.Of(flag);
                return null;
            case FieldType.Date or FieldType.Timestamp:
                if (!DateParser.TryParse(text, out var time)) return Analytics.Engine.Vocabulary.ImportReasons.Text("not_date", Clip(text));
                if (time < _earliest || time > _latest)
                    return Analytics.Engine.Vocabulary.ImportReasons.Text("implausible_date", Clip(text), _earliest.ToString("dd.MM.yyyy"), _latest.ToString("dd.MM.yyyy"));
                value = FieldValue.OfTime(spec.Type == FieldType.Date ? time.Date : time, spec.Type);
                return null;
            case FieldType.Enum:
                if (!spec.Vocabulary!.TryResolve(text.ToString(), out var code))
                    return Analytics.Engine.Vocabulary.ImportReasons.Text("unknown_code", Clip(text), spec.Column, string.Join(", ", spec.Vocabulary.Codes));
                value = FieldValue.Of(code);
                return null;
            default:
                var s = text.ToString();
                if (spec.IsOfficeCode && _officeCodes is not null && !_officeCodes.Contains(s))
                    return Analytics.Engine.Vocabulary.ImportReasons.Text("unknown_office", Clip(text));
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
