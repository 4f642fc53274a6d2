using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Store.Ingest.Parsing;
using Analytics.Engine.Store.Ingest.Sources;
using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.Classification;

/// <summary>
/// A row of a labelled file that was not used, with why: <c>empty-text</c>, <c>empty-label</c>, <c>unreadable</c>
/// (broken quoting, invalid bytes, too long, too few fields) or <c>unseen-label</c> (evaluation: a label the model
/// was not trained on).
/// </summary>
/// <remarks>
/// <see cref="Reason"/> is the English reason (for an unreadable row, the import's own "Russian / English" reason);
/// <see cref="Text"/> the catalogue reason, Russian first and English second, as an import's rejects carry it
/// (<see cref="ImportReasons"/>), so <see cref="Message"/> reads like an import's reject.
/// </remarks>
public sealed record LabelledCsvProblem(long Line, string Kind, string? Column, string Reason)
{
    /// <summary>"Russian / English" reason; the English <see cref="Reason"/> alone when made without the catalogue.</summary>
    public string Text { get; init; } = Reason;

    /// <summary>A problem whose reason comes from the catalogue: <see cref="Reason"/> its English half, <see cref="Text"/> both.</summary>
    internal static LabelledCsvProblem Of(long line, string kind, string? column, string code, params object?[] details) =>
        new(line, kind, column, ImportReasons.English(code, details)) { Text = ImportReasons.Text(code, details) };

    /// <summary>"train.csv, строка 3, поле «Тема»: …" — where and why, as an import names a rejected row.</summary>
    public string Message(string file) => ImportReasons.Message(file, Line, Column, Text);

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
            else problems.Add(LabelledCsvProblem.Of(Lines[i], "unseen-label", labelColumn, "unseen_label", Rows[i].Label));
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
        if (!File.Exists(path)) throw new FileNotFoundException(ImportReasons.Text("file_not_found", path), path);
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
                    problems.Add(LabelledCsvProblem.Of(line, "unreadable", null, "missing_field",
                        source.FieldCount, source.Headers.Length, source.Headers[needed - 1]));
                    continue;
                }
                // Invisible characters as an import treats them (one rule, Parsing/InvisibleChars): zero-width and
                // direction marks removed — "авария" and "авария<ZWSP>" are one class, not two that look alike —
                // and a control character makes the row unreadable, naming the field.
                if (!Visible(source.GetField(textIndex), out var text, out var textProblem))
                {
                    problems.Add(new LabelledCsvProblem(line, "unreadable", source.Headers[textIndex], textProblem!));
                    continue;
                }
                if (!Visible(source.GetField(labelIndex), out var label, out var labelProblem))
                {
                    problems.Add(new LabelledCsvProblem(line, "unreadable", source.Headers[labelIndex], labelProblem!));
                    continue;
                }
                if (string.IsNullOrWhiteSpace(text))
                    problems.Add(LabelledCsvProblem.Of(line, "empty-text", source.Headers[textIndex], "empty_text"));
                // Markup alone ("<br>", "&nbsp;") is an empty text to the model, which sees the normalised text.
                else if (string.IsNullOrWhiteSpace(TextNormalizer.Normalize(text)))
                    problems.Add(LabelledCsvProblem.Of(line, "empty-text", source.Headers[textIndex], "empty_text_normalised"));
                else if (string.IsNullOrWhiteSpace(label))
                    problems.Add(LabelledCsvProblem.Of(line, "empty-label", source.Headers[labelIndex], "empty_label"));
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

    private static bool Visible(string? field, out string text, out string? problem)
    {
        problem = null;
        text = field ?? "";
        if (!InvisibleChars.Any(text)) return true;
        if (InvisibleChars.Clean(text, out problem) is not { } clean) return false;
        text = clean;
        return true;
    }

    private static int ColumnIndex(string name, IReadOnlyList<string> headers, string column)
    {
        for (var i = 0; i < headers.Count; i++)
            if (headers[i].Trim().Equals(column.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        throw new InvalidDataException(ImportReasons.Text("no_named_column", name, column, string.Join(", ", headers)));
    }
}
