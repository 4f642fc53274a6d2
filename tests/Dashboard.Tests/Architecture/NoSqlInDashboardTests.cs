using System.Reflection;
using System.Text.RegularExpressions;

namespace Dashboard.Tests.Architecture;

/// <summary>
/// #14 item 2 (ADR 0020): the Dashboard holds no SQL and no data-access types; its pages, endpoints and jobs call the
/// Engine's read-side queries and stores. A statement or a Dapper/DuckDB call added to src/Dashboard fails here.
/// </summary>
public partial class NoSqlInDashboardTests
{
    // Upper-case statement shapes, as every query in this code base is written; prose ("delete from the list") does not match.
    [GeneratedRegex(@"\bSELECT\b[\s\S]{0,400}?\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\bCREATE\s+(OR\s+REPLACE\s+)?(TEMP\s+|TEMPORARY\s+)?(TABLE|VIEW|INDEX|SEQUENCE|MACRO)\b|\bCOPY\s+[\w(]|\bATTACH\s+'|\bWITH\s+\w+\s+AS\s*\(")]
    private static partial Regex Sql();

    // Dapper's and DuckDB.NET's names, and the ADO.NET calls a query would make.
    [GeneratedRegex(@"\bDapper\b|\bDuckDB\.NET\b|\bDuckDB(Connection|Command|Appender|Exception|Transaction)\b|\.(ExecuteScalar|QuerySingle\w*|QueryFirst\w*|ExecuteReader)\b|\.Query<|\bIDbConnection\b|\bCreateCommand\(")]
    private static partial Regex DataAccess();

    /// <summary>Files allowed a match, with the reason (none today: keep it that way).</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal);

    [Fact]
    public void NoDashboardSourceFile_ContainsSql()
    {
        var offenders = Matches(Sql());
        Assert.True(offenders.Count == 0, "SQL in src/Dashboard (move it to an Engine query):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void NoDashboardSourceFile_UsesDapperOrDuckDb()
    {
        var offenders = Matches(DataAccess());
        Assert.True(offenders.Count == 0, "Data access in src/Dashboard (call an Engine query):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void DashboardAssembly_ReferencesNeitherDapperNorDuckDb()
    {
        // The compiler records a reference only to assemblies whose types the Dashboard uses, so this holds even though
        // both arrive transitively through the Engine.
        var referenced = typeof(Program).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.Contains("Analytics.Engine", referenced);
        Assert.DoesNotContain(referenced, n => n.StartsWith("Dapper", StringComparison.Ordinal) || n.StartsWith("DuckDB", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_FindsSql_InAStatementLikeTheOnesMoved()
    {
        // The scan can fail: the shapes the Dashboard used to hold are caught.
        Assert.Matches(Sql(), "connection.Execute(\"UPDATE notification SET emailed_at = $now WHERE id = $id\")");
        Assert.Matches(Sql(), "\"\"\"\n  SELECT s.office_code AS OfficeCode\n  FROM submission s\n\"\"\"");
        Assert.Matches(DataAccess(), "using Dapper;");
        Assert.Matches(DataAccess(), "c.Query<Bucket>(sql)");
        Assert.DoesNotMatch(Sql(), "/// <summary>Refuses POST, PUT, PATCH and DELETE from another site with 403.</summary>");
    }

    private static List<string> Matches(Regex pattern) =>
    [
        .. SourceFiles()
            .Where(f => !Allowed.ContainsKey(Path.GetRelativePath(DashboardRoot, f).Replace('\\', '/')))
            .SelectMany(f => pattern.Matches(File.ReadAllText(f)).Select(m =>
                $"{Path.GetRelativePath(DashboardRoot, f)}: {m.Value.Split('\n')[0].Trim()}")),
    ];

    private static IEnumerable<string> SourceFiles()
    {
        var files = Directory.EnumerateFiles(DashboardRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} Dashboard sources found under {DashboardRoot}");
        return files;
    }

    private static string DashboardRoot { get; } = FindDashboard();

    private static string FindDashboard()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
                return Path.Combine(dir.FullName, "src", "Dashboard");
        throw new DirectoryNotFoundException("Analytics.sln not found above the test output.");
    }
}
