using Analytics.Engine.Actions;
using Dapper;
using Dashboard.Jobs;

namespace Dashboard.Tests.Jobs;

public class DeadlineReminderJobTests
{
    [Fact]
    public async Task Run_RemindsDueSoonAndOverdue_AndSkipsAnsweredAndDistant()
    {
        using var f = new JobFixture();
        f.AddAppeal("A-1", "O01", new DateTime(2025, 3, 12, 18, 0, 0));                   // due in 2 days
        f.AddAppeal("A-2", "O02", new DateTime(2025, 3, 5, 18, 0, 0));                    // overdue
        f.AddAppeal("A-3", "O01", new DateTime(2025, 3, 11), answered: new DateTime(2025, 3, 9)); // answered
        f.AddAppeal("A-4", "O01", new DateTime(2025, 4, 30));                              // far off

        var run = await f.Reminders().Run(TestContext.Current.CancellationToken);

        Assert.Equal(2, run.AppealReminders);
        using var c = f.Store.Open();
        var rows = c.Query<(string Recipient, string Kind, string Ref)>(
            "SELECT recipient, kind, subject_ref FROM notification ORDER BY subject_ref").AsList();
        Assert.Equal([("branch:B01", "appeal_due", "A-1"), ("branch:B01", "appeal_overdue", "A-2")], rows);
    }

    [Fact]
    public async Task Run_AddsNothing_WhenRunTwiceOnTheSameDay()
    {
        using var f = new JobFixture();
        f.AddAppeal("A-1", "O01", new DateTime(2025, 3, 11));
        var ct = TestContext.Current.CancellationToken;

        await f.Reminders().Run(ct);
        var second = await f.Reminders().Run(ct);

        Assert.Equal(0, second.AppealReminders);
        Assert.Equal(1L, f.Scalar<long>("SELECT count(*) FROM notification"));
    }

    [Fact]
    public async Task Run_RemindsOwnerOfOpenAction_ButNotOfVerifiedOne()
    {
        using var f = new JobFixture();
        var actions = new CorrectiveActionService(f.Store, f.Clock);
        actions.Open(new NewCorrectiveAction(ActionSource.Other, "x1", "Обновить стенд", "ivanov", new DateOnly(2025, 3, 11)), "t");
        var done = actions.Open(new NewCorrectiveAction(ActionSource.Other, "x2", "Обучить", "petrov", new DateOnly(2025, 3, 11)), "t");
        actions.Move(done.Id, ActionStatus.Done, "t");
        actions.Verify(done.Id, VerificationKind.ReAudit, "audit-7", passed: true, "t");

        var run = await f.Reminders().Run(TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ActionReminders);
        Assert.Equal("ivanov", f.Scalar<string>("SELECT recipient FROM notification"));
    }

    [Fact]
    public async Task Run_SendsNoMail_WhenSmtpIsNotConfigured()
    {
        using var f = new JobFixture();
        f.AddAppeal("A-1", "O01", new DateTime(2025, 3, 11));

        var run = await f.Reminders(new Analytics.Engine.Delivery.SmtpOptions { Host = "", To = "q@example.org" }).Run(TestContext.Current.CancellationToken);

        Assert.Equal(0, run.Emailed);
        Assert.Equal(1L, f.Scalar<long>("SELECT count(*) FROM notification WHERE emailed_at IS NULL"));
    }
}
