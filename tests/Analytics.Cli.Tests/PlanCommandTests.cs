using System.Text.Json;

namespace Analytics.Cli.Tests;

public class PlanCommandTests
{
    private static (int Code, JsonDocument? Json, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        var text = stdout.ToString();
        return (code, code == 0 && text.Length > 0 ? JsonDocument.Parse(text) : null, stderr.ToString());
    }

    [Fact]
    public void Trajectory_PrintsPublishedValues_WhenTulaCaseEachStep()
    {
        var (code, json, _) = Run("plan", "trajectory", "--base", "0.0381", "--base-year", "2014", "--to-year", "2017", "--rounding", "each-step-4dp", "--json");
        Assert.Equal(0, code);
        Assert.Equal([0.0375, 0.0369, 0.0363], json!.RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()));
    }

    [Fact]
    public void Outcome_IsAchieved_WhenPublishedCaseA()
    {
        var (code, json, _) = Run("plan", "outcome", "--plan", "1.0102", "--actual", "0.92856", "--tolerance", "0.3", "--direction", "lower", "--json");
        Assert.Equal(0, code);
        Assert.Equal(0, json!.RootElement.GetProperty("outcome").GetInt32());
    }

    [Fact]
    public void Trajectory_IsUsageError_WhenToYearBeforeBase() =>
        Assert.Equal(2, Run("plan", "trajectory", "--base", "1", "--base-year", "2020", "--to-year", "2019").Code);

    [Fact]
    public void Indicators_PrintsOneJsonObject_WhenEmptyStore()
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        Assert.Equal(0, Run("init", "--db", db).Code);
        var (code, json, _) = Run("indicators", "--db", db, "--level", "company", "--json");
        Assert.Equal(0, code);
        Assert.Equal("standard", json!.RootElement.GetProperty("methodologyId").GetString());
    }

    [Fact]
    public void Indicators_IsUsageError_WhenFromIsNotAMonth() =>
        Assert.Equal(2, Run("indicators", "--from", "2025-13").Code);
}
