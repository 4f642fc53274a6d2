using System.Text;
using System.Text.Json;
using Analytics.Engine.Indicators;
using Analytics.Engine.Tests.Support;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Analytics.Engine.Tests.Notebooks;

/// <summary>
/// Runs every notebook's code cells (with the <c>#r</c> lines replaced by references to the built engine) against
/// a small store, so the notebooks never rot.
/// </summary>
public class NotebookTests
{
    public static TheoryData<string> Notebooks() => [.. Directory.GetFiles(NotebookFolder(), "*.ipynb").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_RunsToEnd_WhenSmallStore(string name)
    {
        using var db = new TempStore();
        Seed.Org(db.Store);
        Seed.Appeal(db.Store, "A1", "O11", "2024-02-09 10:00", answered: "2024-02-20 10:00");
        Seed.Appeal(db.Store, "A2", "O11", "2025-01-10 10:00", answered: "2025-02-01 10:00");
        Seed.Appeal(db.Store, "A3", "O21", "2025-01-13 10:00", answered: "2025-03-01 10:00");
        db.Store.Dispose();
        var code = ExtractCode(Path.Combine(NotebookFolder(), name));
        var options = ScriptOptions.Default
            .AddReferences(typeof(IndicatorService).Assembly, typeof(Dapper.SqlMapper).Assembly, typeof(Apache.Arrow.RecordBatch).Assembly)
            .AddImports("System", "System.IO", "System.Linq", "System.Collections.Generic");
        var output = new StringWriter();
        var previousOut = Console.Out;
        Environment.SetEnvironmentVariable("ANALYTICS_DB", db.Path_);
        try
        {
            Console.SetOut(output);
            await CSharpScript.RunAsync(code, options, cancellationToken: TestContext.Current.CancellationToken);
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.SetEnvironmentVariable("ANALYTICS_DB", null);
        }
        Assert.Contains("refreshed", output.ToString());
    }

    private static string ExtractCode(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var code = new StringBuilder();
        foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() != "code") continue;
            foreach (var line in cell.GetProperty("source").EnumerateArray().Select(l => l.GetString()!))
                if (!line.TrimStart().StartsWith("#r", StringComparison.Ordinal) && !line.TrimStart().StartsWith("#!", StringComparison.Ordinal))
                    code.Append(line.EndsWith('\n') ? line : line + "\n");
            code.Append('\n');
        }
        return code.ToString();
    }

    private static string NotebookFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "notebooks")) && File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
                return Path.Combine(dir.FullName, "notebooks");
        throw new DirectoryNotFoundException("notebooks/ not found above the test binaries.");
    }
}
