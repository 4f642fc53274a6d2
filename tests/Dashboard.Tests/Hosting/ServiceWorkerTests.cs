using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Hosting;

/// <summary>The runner's service worker is served from the library's assets with the header that lets it control /checklist.</summary>
public class ServiceWorkerTests
{
    [Fact]
    public async Task Worker_IsServedWithScopeHeaderAndRevalidated()
    {
        await using var factory = new DashboardFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/_content/SurveyDesigner/checklist-sw.js", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/checklist", Assert.Single(response.Headers.GetValues("Service-Worker-Allowed")));
        Assert.True(response.Headers.CacheControl?.NoCache, response.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task OtherAssets_DoNotWidenAnyWorkerScope()
    {
        await using var factory = new DashboardFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/_content/SurveyDesigner/checklist-runner.js", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Service-Worker-Allowed"));
    }
}
