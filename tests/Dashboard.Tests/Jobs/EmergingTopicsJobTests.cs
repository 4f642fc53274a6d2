using Dapper;
using Dashboard.Jobs;
using Dashboard.Tests.Support;
using Dashboard.Tests.Surveys;
using Dashboard.Users;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Jobs;

/// <summary>The emerging-topics job in the real host: the spike reaches the quality specialist's bell once, the executive's never.</summary>
public class EmergingTopicsJobTests
{
    [Fact]
    public async Task Run_NotifiesTheSpikeOncePerPeriod_ToQualitySpecialistsOnly()
    {
        await using var host = new DashboardFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        // Wednesday 18.03.2026 09:00 Moscow: the last complete week is 09.03–15.03, the injected spike.
        await using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 3, 18, 6, 0, 0, TimeSpan.Zero)))));
        var store = factory.Services.GetRequiredService<Analytics.Engine.Store.AnalyticsStore>();
        CommentSeed.Spike(store);
        var users = factory.Services.GetRequiredService<UserService>();
        Assert.True(users.Create("quality", "Специалист", "a-long-password-1", [new UserRole(Roles.Designer, null)], "test").Succeeded);
        Assert.True(users.Create("boss", "Руководитель", "a-long-password-1", [new UserRole(Roles.Executive, null)], "test").Succeeded);
        var job = factory.Services.GetRequiredService<EmergingTopicsJob>();
        var ct = TestContext.Current.CancellationToken;

        var first = await job.Run(ct);
        var again = await job.Run(ct);

        using var c = store.Open();
        var rows = c.Query<(string Recipient, string Subject)>("SELECT recipient, subject_ref FROM notification WHERE kind = 'survey_topic' ORDER BY 1").AsList();
        Assert.Equal(0, again);
        Assert.Equal(first, rows.Count);
        Assert.Contains(("quality", "client-satisfaction/week/outages_quality"), rows);
        Assert.DoesNotContain(rows, r => r.Recipient == "boss" || r.Subject.EndsWith("billing_payments", StringComparison.Ordinal));
    }
}
