using System.Net;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Jobs;

/// <summary>
/// Hangfire keeps one log provider per process. A host that outlives another (here B outlives A) must still be able to
/// enqueue jobs after A's logger factory is disposed — in CI this failed a background export with HTTP 500.
/// </summary>
public class HostLogProviderTests
{
    [Fact]
    public async Task A_Host_Enqueues_Jobs_After_Another_Host_In_The_Process_Is_Disposed()
    {
        var settings = new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" };
        using var b = new DashboardFactory(settings);
        b.AddUser("boss", "a-long-password-1", new UserRole(Roles.Admin, null));
        var client = await SignInClient.SignedIn(b, "boss", "a-long-password-1");

        using (var a = new DashboardFactory(settings))
            SignInClient.Anonymous(a).Dispose(); // starts A: Hangfire's static log provider now points at A's factory

        var response = await client.PostAsync("/api/exports?kind=appeals&format=csv", null,
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
