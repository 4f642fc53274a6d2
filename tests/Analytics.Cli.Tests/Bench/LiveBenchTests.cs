using System.Text.Json;

namespace Analytics.Cli.Tests.Bench;

/// <summary>The two benchmarks that start the real web host, at a tiny scale: exit 0 and one parseable JSON object.</summary>
public class LiveBenchTests
{
    private static Dictionary<string, JsonElement> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        Assert.True(code == 0, $"exit {code}: {stderr}");
        using var json = JsonDocument.Parse(stdout.ToString());
        return json.RootElement.GetProperty("benchmarks").EnumerateArray()
            .ToDictionary(b => b.GetProperty("name").GetString()!, b => b.Clone());
    }

    [Fact]
    public void BenchSubmit_PostsToTheLiveHost_AndEveryAcknowledgedSubmissionIsStoredOnce()
    {
        var results = Run("bench", "submit", "--seconds", "2", "--scale", "8", "--json");

        var throughput = results["submit.throughput"];
        Assert.Equal("submissions/s", throughput.GetProperty("unit").GetString());
        Assert.True(throughput.GetProperty("value").GetDouble() > 0);
        Assert.True(throughput.GetProperty("baselineValue").GetDouble() > 0);
        Assert.True(throughput.GetProperty("n").GetInt64() > 0);
        var stored = results["submit.stored"];
        Assert.Equal(stored.GetProperty("baselineValue").GetDouble(), stored.GetProperty("value").GetDouble());
        Assert.Equal(0, results["submit.lost_or_duplicated"].GetProperty("value").GetDouble());
        Assert.True(results["submit.latency_p99"].GetProperty("value").GetDouble() >= results["submit.latency_p50"].GetProperty("value").GetDouble());
    }

    [Fact]
    public void BenchDashboard_RendersBothPagesForAnExecutive_BesideTheirQueries()
    {
        var results = Run("bench", "dashboard", "--scale", "0.01", "--json");

        foreach (var page in new[] { "overview", "benchmark" })
        {
            var p95 = results[$"dashboard.{page}.p95"];
            Assert.Equal("ms", p95.GetProperty("unit").GetString());
            Assert.True(p95.GetProperty("value").GetDouble() > 0);
            Assert.True(p95.GetProperty("baselineValue").GetDouble() > 0);
            Assert.Equal(10_000, p95.GetProperty("n").GetInt64());
            Assert.True(p95.GetProperty("value").GetDouble() >= results[$"dashboard.{page}.p50"].GetProperty("value").GetDouble());
            // The page is served from its caches, the queries alone are not: printed side by side, no ratio.
            Assert.False(p95.TryGetProperty("ratio", out _));
            Assert.True(results[$"dashboard.{page}.first_ms"].GetProperty("value").GetDouble() > 0);
            Assert.False(results[$"dashboard.{page}.first_ms"].TryGetProperty("ratio", out _));
        }
    }

    [Fact]
    public void Bench_RefusesANonPositiveDuration_WithUsageExit()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, CliApp.Run(["bench", "submit", "--seconds", "0", "--json"], new StringWriter(), stderr));
        Assert.Contains("--seconds", stderr.ToString());
    }
}
