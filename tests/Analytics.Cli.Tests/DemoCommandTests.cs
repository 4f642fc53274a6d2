using System.Text.Json;

namespace Analytics.Cli.Tests;

public class DemoCommandTests
{
    private static string NewDb() => Path.Combine(TestFolders.New(), "s.duckdb");

    [Fact]
    public void Demo_PrintsRowsPerTable_WhenJsonIsRequested()
    {
        var db = NewDb();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run(["demo", "--db", db, "--scale", "0.01", "--seed", "3", "--today", "2026-02-10", "--json"], stdout, stderr);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(46, rows.GetProperty("org_unit").GetInt64());
        Assert.InRange(rows.GetProperty("appeal").GetInt64(), 800, 1200);
        Assert.True(rows.GetProperty("queue_visit").GetInt64() > 0);
        Assert.True(rows.GetProperty("call_interval").GetInt64() > 0);
        Assert.Equal("2023-01-01", json.RootElement.GetProperty("from").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("seed").GetInt32());
        Assert.True(json.RootElement.GetProperty("totalRows").GetInt64() > 1000);
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void Demo_RefusesWithExitCode1_WhenStoreHasAppealsAndNoForce()
    {
        var db = NewDb();
        Assert.Equal(0, CliApp.Run(["demo", "--db", db, "--scale", "0.005", "--json"], new StringWriter(), new StringWriter()));
        var stderr = new StringWriter();

        var refused = CliApp.Run(["demo", "--db", db, "--scale", "0.005", "--json"], new StringWriter(), stderr);
        var forced = CliApp.Run(["demo", "--db", db, "--scale", "0.005", "--force", "--json"], new StringWriter(), new StringWriter());

        Assert.Equal(1, refused);
        Assert.Contains("--force", stderr.ToString());
        Assert.Equal(0, forced);
    }

    [Theory]
    [InlineData("--scale", "0")]
    [InlineData("--scale", "-1")]
    [InlineData("--scale", "1000")]
    [InlineData("--today", "24.11.2026")]
    public void Demo_ExitsWithUsageCode_WhenValuesAreInvalid(string option, string value)
    {
        var code = CliApp.Run(["demo", "--db", NewDb(), option, value, "--json"], new StringWriter(), new StringWriter());
        Assert.Equal(2, code);
    }

    [Fact]
    public void Demo_ReportsProgressOnStderr_WhenNotJson()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run(["demo", "--db", NewDb(), "--scale", "0.005"], stdout, stderr);

        Assert.Equal(0, code);
        Assert.Contains("demo: appeals:", stderr.ToString());
        Assert.Equal("", stdout.ToString());
    }
}
