using System.Text.Json;
using Analytics.Cli.Bench;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

public sealed class ReportCommandsTests : IDisposable
{
    private readonly string _folder = TestFolders.New();
    private readonly string _db;

    public ReportCommandsTests()
    {
        Directory.CreateDirectory(_folder);
        _db = Path.Combine(_folder, "s.duckdb");
    }

    [Theory]
    [InlineData("declaration", "declaration")]
    [InlineData("report annual", "annual")]
    [InlineData("report quarterly --quarter 3", "quarterly")]
    public void Command_WritesPdfAndPrintsJson_WhenStoreHasData(string command, string kind)
    {
        Seed();
        var pdf = Path.Combine(_folder, "out", kind + ".pdf");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run([.. command.Split(' '), "--year", "2025", "--out", pdf, "--db", _db, "--json"], stdout, stderr);

        Assert.True(code == 0, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(kind, json.RootElement.GetProperty("kind").GetString());
        Assert.True(json.RootElement.GetProperty("pages").GetInt32() >= 1);
        Assert.Equal(new FileInfo(pdf).Length, json.RootElement.GetProperty("bytes").GetInt64());
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(pdf)!, "*.tmp"));
    }

    [Fact]
    public void Declaration_ForBranch_WritesPdf_WhenUnitExists()
    {
        Seed();
        var pdf = Path.Combine(_folder, "b.pdf");
        var code = CliApp.Run(["declaration", "--year", "2025", "--unit", "B2", "--out", pdf, "--db", _db], new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        Assert.True(File.Exists(pdf));
    }

    [Fact]
    public void Declaration_ExitsWithUsage_WhenUnitIsUnknown()
    {
        Seed();
        var stderr = new StringWriter();
        var pdf = Path.Combine(_folder, "x.pdf");

        var code = CliApp.Run(["declaration", "--year", "2025", "--unit", "NOPE", "--out", pdf, "--db", _db], new StringWriter(), stderr);

        Assert.Equal(2, code);
        Assert.Contains("NOPE", stderr.ToString());
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void Quarterly_ExitsWithUsage_WhenQuarterIsOutOfRange()
    {
        Seed();
        var code = CliApp.Run(["report", "quarterly", "--year", "2025", "--quarter", "5", "--out", Path.Combine(_folder, "q.pdf"), "--db", _db], new StringWriter(), new StringWriter());
        Assert.Equal(2, code);
    }

    [Fact]
    public void Annual_ExitsWithRejected_WhenStoreDoesNotExist()
    {
        var stderr = new StringWriter();
        var code = CliApp.Run(["report", "annual", "--year", "2025", "--out", Path.Combine(_folder, "a.pdf"), "--db", Path.Combine(_folder, "missing.duckdb")], new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.Contains("does not exist", stderr.ToString());
    }

    private void Seed()
    {
        using var store = AnalyticsStore.At(_db);
        new StoreMigrator(store).Migrate();
        PdfBenchData.Fill(store, 10, 2025);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
