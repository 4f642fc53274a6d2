using CsvHelper;

namespace Analytics.Engine.Classification;

/// <summary>Labelled texts read from a CSV file, and the line numbers of rows skipped for an empty text or label.</summary>
public sealed record LabelledCsvData(IReadOnlyList<LabelledText> Rows, IReadOnlyList<long> SkippedLines);

/// <summary>
/// Reads any UTF-8 CSV with a header (RFC 4180: quoted fields, embedded newlines, doubled quotes) and takes
/// one text column and one label column by name (case-insensitive). Malformed input fails naming file and line.
/// </summary>
public static class LabelledCsv
{
    public static LabelledCsvData Read(string path, string textColumn, string labelColumn, Func<string, string>? mapLabel = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: file not found.", path);
        using var stream = File.OpenRead(path);
        return Read(stream, path, textColumn, labelColumn, mapLabel);
    }

    public static LabelledCsvData Read(Stream stream, string name, string textColumn, string labelColumn, Func<string, string>? mapLabel = null)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            Encoding = System.Text.Encoding.UTF8,
        };
        using var csv = CsvReader.Create(stream, options, true);
        var rows = new List<LabelledText>();
        var skipped = new List<long>();
        long line = 1;
        try
        {
            int textIndex = -1, labelIndex = -1;
            while (csv.Read())
            {
                line = csv.LineNumber;
                if (textIndex < 0)
                {
                    var headers = csv.Headers ?? [];
                    textIndex = ColumnIndex(name, headers, textColumn);
                    labelIndex = ColumnIndex(name, headers, labelColumn);
                }
                var text = csv.GetString(textIndex);
                var label = csv.GetString(labelIndex);
                if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(label))
                {
                    skipped.Add(line);
                    continue;
                }
                try
                {
                    rows.Add(new LabelledText(text, mapLabel is null ? label.Trim() : mapLabel(label)));
                }
                catch (ArgumentException ex)
                {
                    throw new InvalidDataException($"{name}: line {line}, column '{labelColumn}': {ex.Message}", ex);
                }
            }
            if (textIndex < 0 && (csv.Headers is null || csv.Headers.Count == 0))
                throw new InvalidDataException($"{name}: empty file, a header row with '{textColumn}' and '{labelColumn}' is expected.");
            if (textIndex < 0)
            {
                ColumnIndex(name, csv.Headers!, textColumn);
                ColumnIndex(name, csv.Headers!, labelColumn);
            }
            return new LabelledCsvData(rows, skipped);
        }
        catch (Exception ex) when (ex is CsvFormatException or CsvValidationException)
        {
            throw new InvalidDataException($"{name}: line {Math.Max(line, csv.LineNumber)}: malformed CSV ({ex.Message}).", ex);
        }
    }

    private static int ColumnIndex(string name, IReadOnlyList<string> headers, string column)
    {
        for (var i = 0; i < headers.Count; i++)
            if (headers[i].Trim().Equals(column.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        throw new InvalidDataException($"{name}: no column '{column}' in the header (columns: {string.Join(", ", headers)}).");
    }
}
