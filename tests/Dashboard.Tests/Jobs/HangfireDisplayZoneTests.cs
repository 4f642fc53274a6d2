using System.Net;
using Dashboard.Jobs;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Jobs;

/// <summary>D22: Hangfire's own pages get the script that tells their times in Jobs:TimeZone; nothing else is touched.</summary>
public class HangfireDisplayZoneTests
{
    [Theory]
    [InlineData("Europe/Moscow")]
    [InlineData("Asia/Yekaterinburg")]
    public async Task HangfirePages_CarryTheZoneScript_WithTheConfiguredZone(string zone)
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Jobs:TimeZone"] = zone });
        var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var ct = TestContext.Current.CancellationToken;

        var recurring = await client.GetAsync("/jobs/recurring", ct);
        var bytes = await recurring.Content.ReadAsByteArrayAsync(ct);
        var html = System.Text.Encoding.UTF8.GetString(bytes);
        var script = await client.GetAsync(HangfireDisplayZone.ScriptPath, ct);
        var overview = await client.GetStringAsync("/", ct);

        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        Assert.Contains($"<script src=\"{HangfireDisplayZone.ScriptPath}\" data-zone=\"{zone}\"></script></body>", html);
        Assert.True(recurring.Content.Headers.ContentLength is null || recurring.Content.Headers.ContentLength == bytes.Length);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("utcOffset", await script.Content.ReadAsStringAsync(ct));
        Assert.DoesNotContain(HangfireDisplayZone.ScriptPath, overview);
    }
}
