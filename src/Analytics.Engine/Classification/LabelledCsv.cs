using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Store.Ingest.Sources;

namespace Analytics.Engine.Classification;

/// <summary>
/// A row of a labelled file that was not used, with why: <c>empty-text</c>, <c>empty-label</c>, <c>unreadable</c>
/// (broken quoting, invalid bytes, too long, too few fields) or <c>unseen-label</c> (evaluation: a label the model
/// was not trained on).
/// </summary>
public sealed record LabelledCsvProblem(long Line, string Kind, string? Column, string Reason)
{
    public override string ToString() => $"line {Line}{(Column is null ? "" : $", column '{Column}'")}: {Reason}";
}

/// <summary>
/// Labelled texts read from a file (<see cref="Lines"/> holds the line of each row), the rows left out with their
/// lines and reasons, and what was detected (encoding, delimiter).
/// </summary>
public sealed record LabelledCsvData(
    IReadOnlyList<LabelledText> Rows, IReadOnlyList<long> Lines, IReadOnlyList<LabelledCsvProblem> Problems, IReadOnlyList<string> Notes)
{
    /// <summary>Lines of the rows left out, in file order.</summary>
    public IReadOnlyList<long> SkippedLines => [.. Problems.Select(p => p.Line)];

    /// <summary>
    /// These rows without those whose label is not in <paramref name="known"/> (the labels a model was trained on);
    /// each one left out becomes an <c>unseen-label</c> problem, so evaluation never counts them silently.
    /// </summary>
    public LabelledCsvData KeepLabels(IReadOnlyCollection<string> known, string labelColumn)
    {
        var set = new HashSet<string>(known, StringComparer.Ordinal);
        var rows = new List<LabelledText>(Rows.Count);
        var lines = new List<long>(Rows.Count);
        var problems = new List<LabelledCsvProblem>(Problems);
        for (var i = 0; i < Rows.Count; i++)
        {
            if (set.Contains(Rows[i].Label)) { rows.Add(Rows[i]); lines.Add(Lines[i]); }
            else problems.Add(new LabelledCsvProblem(Lines[i], "unseen-label", labelColumn,
                $"label '{Rows[i].Label}' is not one the model was trained on; the row is left out of the metrics"));
        }
        return this with { Rows = rows, Lines = lines, Problems = [.. problems.OrderBy(p => p.Line)] };
    }
}

/// <summary>
/// Reads a labelled file exactly as imports read theirs (<see cref="RecordSources"/>: CSV in UTF-8 or Windows-1251,
/// delimiter <c>,</c> <c>;</c> or tab detected, RFC 4180 quoting; also XLSX, Arrow, Parquet) and takes one text column
/// and one label column by name (case-insensitive). A row that cannot be used is reported with its line and reading
/// goes on; a file that cannot be read at all (empty, binary, UTF-16, a column missing) fails naming file and column.
/// </summary>
public static class LabelledCsv
{
    public static LabelledCsvData Read(string path, string textColumn, string labelColumn, Func<string, string>? mapLabel = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: file not found.", path);
        using var stream = File.OpenRead(path);
        return Read(stream, path, textColumn, labelColumn, mapLabel, path);
    }

    public static LabelledCsvData Read(Stream stream, string name, string textColumn, string labelColumn, Func<string, string>? mapLabel = null) =>
        Read(stream, name, textColumn, labelColumn, mapLabel, path: null);

    private static LabelledCsvData Read(Stream stream, string name, string textColumn, string labelColumn, Func<string, string>? mapLabel, string? path)
    {
        var spool = Path.Combine(Path.GetTempPath(), $"labelled-{Guid.NewGuid():N}{Path.GetExtension(name)}");
        // Any other name (no extension, .dat…) is read as CSV, as the classifier commands always did.
        var fileName = RecordSources.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()) ? name : name + ".csv";
        try
        {
            using var source = RecordSources.Open(fileName, stream, path, () => spool, new ImportOptions());
            var textIndex = ColumnIndex(name, source.Headers, textColumn);
            var labelIndex = ColumnIndex(name, source.Headers, labelColumn);
            var rows = new List<LabelledText>();
            var lines = new List<long>();
            var problems = new List<LabelledCsvProblem>();
            while (source.Read())
            {
                var line = source.Line;
                if (source.Problem is { } problem)
                {
                    problems.Add(new LabelledCsvProblem(line, "unreadable", source.ProblemColumn, problem));
                    continue;
                }
                var needed = Math.Max(textIndex, labelIndex) + 1;
                if (source.FieldCount < needed)
                {
                    problems.Add(new LabelledCsvProblem(line, "unreadable", null,
                        $"the row has {source.FieldCount} field(s), the header {source.Headers.Length}; '{source.Headers[needed - 1]}' is missing"));
                    continue;
                }
                var text = source.GetField(textIndex);
                var label = source.GetField(labelIndex);
                if (string.IsNullOrWhiteSpace(text))
                    problems.Add(new LabelledCsvProblem(line, "empty-text", source.Headers[textIndex], "the text is empty"));
                else if (string.IsNullOrWhiteSpace(label))
                    problems.Add(new LabelledCsvProblem(line, "empty-label", source.Headers[labelIndex], "the label is empty"));
                else
                {
                    try { rows.Add(new LabelledText(text, mapLabel is null ? label.Trim() : mapLabel(label))); }
                    catch (ArgumentException ex)
                    {
                        throw new InvalidDataException($"{name}: line {line}, column '{labelColumn}': {ex.Message}", ex);
                    }
                    lines.Add(line);
                }
            }
            return new LabelledCsvData(rows, lines, problems, source.Notes);
        }
        catch (ImportRefusedException ex)
        {
            throw new InvalidDataException(ex.Message, ex);
        }
        finally
        {
            if (File.Exists(spool)) File.Delete(spool);
        }
    }

    private static int ColumnIndex(string name, IReadOnlyList<string> headers, string column)
    {
        for (var i = 0; i < headers.Count; i++)
            if (headers[i].Trim().Equals(column.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        throw new InvalidDataException($"{name}: no column '{column}' in the header (columns: {string.Join(", ", headers)}).");
    }
}
