using System.Text.Json;

namespace Analytics.Cli.Tests;

public class InitCommandTests
{
    [Fact]
    public void Init_PrintsOneJsonObject_WithSchemaVersion()
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run(["init", "--db", db, "--json"], stdout, stderr);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.True(json.RootElement.GetProperty("version").GetInt32() >= 1);
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void UnknownCommand_ExitsWithUsageCode()
    {
        var code = CliApp.Run(["frobnicate"], new StringWriter(), new StringWriter());
        Assert.Equal(2, code);
    }
}
