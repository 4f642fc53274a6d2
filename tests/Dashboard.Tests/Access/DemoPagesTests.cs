using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Access;

/// <summary>Every dashboard page and export over the generated demo organisation: real data, no server error.</summary>
public class DemoPagesTests
{
    [Fact]
    public async Task Dashboards_Render_OverDemoData()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Demo:OnFirstRun"] = "true", ["Demo:Classify"] = "false" });
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var ct = TestContext.Current.CancellationToken;
        var year = await LatestYear(factory);
        var failures = new List<string>();

        foreach (var path in new[]
                 {
                     "/", $"/indicators?year={year}&level=office", $"/benchmark?year={year}&level=office", $"/trends?year={year}",
                     "/appeals", $"/surveys?year={year}", $"/audits?year={year}", "/actions", "/notifications", "/reports",
                     $"/api/appeals/by-topic?format=xlsx", $"/api/indicators/criteria?year={year}&level=branch&format=csv",
                     $"/api/benchmark/ranking?year={year}&level=office&format=csv", $"/api/trends?year={year}&format=csv",
                     $"/api/surveys/by-office?year={year}&format=csv", $"/api/audits/by-office?year={year}&format=csv",
                 })
        {
            var response = await client.GetAsync(path, ct);
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{path}: {(int)response.StatusCode}");
        }

        Assert.Empty(failures);
        using var c = factory.Store.Open();
        Assert.True(Dapper.SqlMapper.ExecuteScalar<long>(c, "SELECT count(*) FROM appeal") > 0, "the demo generated no appeals");
        var appeals = await client.GetStringAsync("/appeals", ct);
        Assert.Contains("data-card=\"total\"", appeals);
    }

    private static async Task<int> LatestYear(DashboardFactory factory)
    {
        await Task.Yield();
        using var c = factory.Store.Open();
        return Dapper.SqlMapper.ExecuteScalar<int?>(c, "SELECT CAST(year(max(received_at)) AS INTEGER) FROM appeal") ?? DateTime.Now.Year;
    }
}
