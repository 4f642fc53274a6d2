using Analytics.Cli.Common;
using Analytics.Engine.Classification;
using Analytics.Engine.Vocabulary;

namespace Analytics.Cli.Commands;

/// <summary>
/// The labelled file of <c>classifier train|evaluate</c>, read as imports read theirs (encoding and delimiter detected),
/// with every row left out reported by line: on stderr (the first <see cref="StderrLines"/>) and in full under
/// <c>problems</c> in <c>--json</c>. A file with no usable row ends the command with exit 1.
/// </summary>
internal static class ClassifierInput
{
    private const int StderrLines = 20;

    public static LabelledCsvData Read(string path, string text, string label)
    {
        try { return LabelledCsv.Read(path, text, label); }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException) { throw new InputException(ex.Message); }
    }

    /// <summary>
    /// The JSON shape of one problem: line, kind, column, reason (English), and — added beside them — file and the
    /// Russian message naming file, line and field, as an import's rejects carry it.
    /// </summary>
    public static object ProblemsJson(string path, LabelledCsvData set) =>
        set.Problems.Select(p => new { line = p.Line, kind = p.Kind, column = p.Column, reason = p.Reason, file = path, message = p.Message(path) });

    /// <summary>
    /// Writes the rows left out to stderr; when no row is usable, also the JSON error object (with <c>--json</c>) and
    /// returns false so the command exits 1.
    /// </summary>
    public static bool Report(CliConsole console, string path, LabelledCsvData set, bool json)
    {
        foreach (var p in set.Problems.Take(StderrLines)) console.Message(p.Message(path));
        if (set.Problems.Count > StderrLines)
            console.Message($"{path}: … и ещё строк: {set.Problems.Count - StderrLines}{(json ? "" : " (все — в выводе --json)")} / … and {set.Problems.Count - StderrLines} more row(s) left out{(json ? "" : " (all are listed by --json)")}.");
        if (set.Problems.Count > 0)
        {
            var kinds = string.Join(", ", set.Problems.GroupBy(p => p.Kind).Select(g => $"{g.Key} {g.Count()}"));
            console.Message($"{path}: не использовано строк: {set.Problems.Count} ({kinds}), использовано: {set.Rows.Count} / {set.Problems.Count} row(s) left out, {set.Rows.Count} used.");
        }
        if (set.Rows.Count > 0) return true;
        var message = ImportReasons.Text("no_usable_row", path, set.Problems.Count);
        console.Message($"error: {message}");
        if (json) console.WriteJson(new { error = message, n = 0, file = path, notes = set.Notes, problems = ProblemsJson(path, set) });
        return false;
    }
}
