using Analytics.Engine.Actions;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Actions;

public class CorrectiveActionServiceTests
{
    private static readonly DateOnly Due = new(2025, 3, 31);

    private static NewCorrectiveAction FailedItem(string reference = "sub-1/greeting") =>
        new(ActionSource.AuditItem, reference, "Оператор не представился", "Иванова И. И.", Due,
            OfficeCode: "OF-01", BranchCode: "BR-1", Verification: VerificationKind.ReAudit);

    [Fact]
    public void Open_ReturnsTheSameAction_WhenTheSameSourceIsOpenedTwice()
    {
        using var temp = new TempStore();
        var service = new CorrectiveActionService(temp.Store);

        var first = service.Open(FailedItem(), "quality");
        var second = service.Open(FailedItem(), "quality");

        Assert.Equal(first.Id, second.Id);
        Assert.Single(service.List(new ActionFilter()));
        Assert.Equal(ActionStatus.Open, first.Status);
        Assert.Single(service.History(first.Id));
    }

    [Fact]
    public void Move_RecordsHistoryAndCompletionDate_WhenActionIsDone()
    {
        using var temp = new TempStore();
        var service = new CorrectiveActionService(temp.Store);
        var action = service.Open(FailedItem(), "quality");

        service.Move(action.Id, ActionStatus.InProgress, "owner");
        var done = service.Move(action.Id, ActionStatus.Done, "owner", "провели инструктаж", evidence: "протокол №5");

        Assert.Equal(ActionStatus.Done, done.Status);
        Assert.NotNull(done.CompletedOn);
        Assert.Equal("протокол №5", done.Evidence);
        Assert.Equal([ActionStatus.Open, ActionStatus.InProgress, ActionStatus.Done], service.History(action.Id).Select(e => e.To));
    }

    [Fact]
    public void Move_Throws_WhenTransitionIsNotAllowed()
    {
        using var temp = new TempStore();
        var service = new CorrectiveActionService(temp.Store);
        var action = service.Open(FailedItem(), "quality");

        var error = Assert.Throws<InvalidOperationException>(() => service.Move(action.Id, ActionStatus.Verified, "x"));

        Assert.Contains("'open' to 'verified'", error.Message);
        Assert.Equal(ActionStatus.Open, service.Get(action.Id)!.Status);
    }

    [Fact]
    public void Move_RequiresAReason_WhenCancelling()
    {
        using var temp = new TempStore();
        var service = new CorrectiveActionService(temp.Store);
        var action = service.Open(FailedItem(), "quality");

        Assert.Throws<ArgumentException>(() => service.Move(action.Id, ActionStatus.Cancelled, "x"));
        Assert.Equal(ActionStatus.Cancelled, service.Move(action.Id, ActionStatus.Cancelled, "x", "дубликат").Status);
    }

    [Fact]
    public void Verify_ReopensTheAction_WhenControlCallFails()
    {
        using var temp = new TempStore();
        var service = new CorrectiveActionService(temp.Store);
        var action = service.Open(FailedItem(), "quality");
        service.Move(action.Id, ActionStatus.Done, "owner");

        var reopened = service.Verify(action.Id, VerificationKind.ControlCall, "CC-17", passed: false, "auditor");

        Assert.Equal(ActionStatus.Reopened, reopened.Status);
        Assert.Null(reopened.CompletedOn);
        service.Move(action.Id, ActionStatus.Done, "owner");
        var verified = service.Verify(action.Id, VerificationKind.ReAudit, "sub-9", passed: true, "auditor");
        Assert.Equal(ActionStatus.Verified, verified.Status);
        Assert.Equal(VerificationKind.ReAudit, verified.Verification);
        Assert.Equal("sub-9", verified.VerificationRef);
    }

    [Fact]
    public void List_ReturnsOnlyOverdueOpenWork_WhenOverdueOnly()
    {
        using var temp = new TempStore();
        var service = new CorrectiveActionService(temp.Store);
        var late = service.Open(FailedItem("a"), "q");
        var done = service.Open(FailedItem("b"), "q");
        service.Move(done.Id, ActionStatus.Done, "o");
        service.Open(FailedItem("c") with { DueOn = new DateOnly(2025, 5, 1) }, "q");

        var overdue = service.List(new ActionFilter(OverdueOnly: true, Today: new DateOnly(2025, 4, 15)));

        Assert.Equal([late.Id], overdue.Select(a => a.Id));
        Assert.True(overdue[0].IsOverdue(new DateOnly(2025, 4, 15)));
    }

    [Fact]
    public void List_FiltersByBranch_WhenBranchGiven()
    {
        using var temp = new TempStore();
        var service = new CorrectiveActionService(temp.Store);
        service.Open(FailedItem("a"), "q");
        service.Open(FailedItem("b") with { BranchCode = "BR-2" }, "q");

        Assert.Single(service.List(new ActionFilter(BranchCode: "BR-2")));
        Assert.Empty(service.List(new ActionFilter(BranchCode: "BR-3")));
    }

    /// <summary>
    /// Actions are stamped in UTC (shown through DisplayTime) and their working dates are Moscow's: at 22:30 UTC on
    /// 31.03 it is already 01.04 in Moscow, so an action done then is completed on 01.04, whatever the server zone.
    /// </summary>
    [Fact]
    public void Times_AreStoredInUtc_AndDatesAreMoscows()
    {
        using var temp = new TempStore();
        var utc = new DateTimeOffset(2025, 3, 31, 22, 30, 0, TimeSpan.Zero);
        var service = new CorrectiveActionService(temp.Store, new FixedClock(utc));

        var action = service.Open(FailedItem(), "quality");
        service.Move(action.Id, ActionStatus.InProgress, "quality");
        var done = service.Move(action.Id, ActionStatus.Done, "quality");

        Assert.Equal(utc.UtcDateTime, service.Get(action.Id)!.CreatedAt);
        Assert.Equal(utc.UtcDateTime, service.History(action.Id)[^1].At);
        Assert.Equal(new DateOnly(2025, 4, 1), done.CompletedOn);
        Assert.Equal("01.04.2025 01:30", Analytics.Engine.Time.DisplayTime.Default.Format(service.History(action.Id)[^1].At));

        var verified = service.Verify(action.Id, VerificationKind.ControlCall, "звонок 17", passed: true, "quality");
        Assert.Equal(ActionStatus.Verified, verified.Status);
        Assert.Equal("Контрольный звонок звонок 17: подтверждено", service.History(action.Id)[^1].Note);
    }
}
