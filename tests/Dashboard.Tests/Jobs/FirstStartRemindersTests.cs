using Dapper;
using Dashboard.Jobs;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Jobs;

/// <summary>D23: the first start that generates the demo also fills /notifications, from the reminder job's own rule.</summary>
public class FirstStartRemindersTests
{
    [Fact]
    public async Task FirstStartWithDemo_FillsNotifications_AsTheReminderJobWould()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            // At the tests' usual 0.01 the demo has ~16 appeals in its last month, and on some dates none of them is
            // open: a tenth of a company keeps a few overdue and due-soon appeals whatever the date.
            ["Demo:OnFirstRun"] = "true", ["Demo:Classify"] = "false", ["Demo:Scale"] = "0.1",
        });

        long reminders;
        using (var c = factory.Store.Open())
            reminders = c.ExecuteScalar<long>("SELECT count(*) FROM notification WHERE kind IN ('appeal_overdue', 'appeal_due')");

        Assert.True(reminders > 0, "no appeal reminder after the first start");
        // The same computation as the daily run: running it again the same day adds no appeal reminder.
        var again = await factory.Service<DeadlineReminderJob>().Run(TestContext.Current.CancellationToken);
        Assert.Equal(0, again.AppealReminders);
    }

    [Fact]
    public async Task StartWithoutDemo_AddsNoNotifications()
    {
        await using var factory = new DashboardFactory();

        using var c = factory.Store.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM notification"));
    }
}
