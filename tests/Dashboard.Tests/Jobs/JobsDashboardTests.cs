using System.Net;
using Dashboard.Jobs;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Hangfire;
using Hangfire.Storage;

namespace Dashboard.Tests.Jobs;

public class JobsDashboardTests
{
    private const string Password = "a-long-password-1";

    [Fact]
    public async Task Jobs_RedirectsToSignIn_WhenAnonymous()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);

        var response = await client.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.True(SignInClient.RedirectsToSignIn(response), $"{(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [InlineData(Roles.Designer)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.BranchManager)]
    public async Task Jobs_IsDenied_ForNonAdmins(string role)
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("someone", Password, new UserRole(role, role == Roles.BranchManager ? "B01" : null));
        using var client = await SignInClient.SignedIn(factory, "someone", Password);

        var response = await client.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location?.OriginalString ?? "");
    }

    [Fact]
    public async Task Jobs_ShowsRecurringJobs_ToAdmin()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);

        var page = await client.GetStringAsync("/jobs/recurring", TestContext.Current.CancellationToken);

        Assert.Contains(JobIds.Backup, page);
        var recurring = factory.Service<JobStorage>().GetConnection().GetRecurringJobs();
        Assert.Equal(new[] { JobIds.Reminders, JobIds.MonthlyReports, JobIds.AuditPrune, JobIds.Backup, JobIds.ExportCleanup, JobIds.IndicatorRecompute, JobIds.Retraining, JobIds.Retention, JobIds.Invitations, JobIds.Cases, JobIds.Webhooks, JobIds.EmergingTopics }.Order(StringComparer.Ordinal),
            recurring.Select(j => j.Id).Order(StringComparer.Ordinal));
        Assert.All(recurring, j => Assert.Equal("Europe/Moscow", j.TimeZoneId));
    }
}
