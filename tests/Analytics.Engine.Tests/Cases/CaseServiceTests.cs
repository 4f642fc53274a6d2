using Analytics.Engine.Actions;
using Analytics.Engine.Calendar;
using Analytics.Engine.Cases;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Cases;

// The tests the issue names (#18 item 3): a detractor response opens a case routed to the office owner; it escalates
// when overdue (fake clock); it closes only with a control call. Monday 03.03.2025 is the first day.
public class CaseServiceTests
{
    private static readonly DateTimeOffset Monday = new(CaseFixture.Moscow(2025, 3, 3), TimeSpan.Zero);

    [Fact]
    public void Run_OpensACaseRoutedToTheOfficeOwner_WhenAResponseIsADetractor()
    {
        using var f = new CaseFixture(Monday);
        f.Response("R-1", "O11", CaseFixture.Moscow(2025, 3, 3, 9), nps: 3);
        f.Response("R-2", "O11", CaseFixture.Moscow(2025, 3, 3, 9), nps: 9); // a promoter opens nothing

        var run = f.RunAt(2025, 3, 3);
        var again = f.RunAt(2025, 3, 3, 11);

        Assert.Equal((1, 0), (run.Opened, again.Opened + again.Joined));
        var item = Assert.Single(f.Cases.List(new CaseFilter()));
        Assert.Equal((CaseTriggers.Detractor, "response", "R-1", "O11", "B1"), (item.Trigger, item.EventKind, item.EventRef, item.OfficeCode, item.BranchCode));
        Assert.Equal((CaseFixture.OfficeOwner, 0, "open"), (item.Owner, item.EscalationLevel, item.State));
        Assert.Equal(ProductionCalendar.Default.AddWorkingDays(new DateOnly(2025, 3, 3), 3), item.DueOn);
        var action = f.Actions.Get(item.Id)!;
        Assert.Equal(ActionSource.ClientCase, action.Source);
        Assert.Contains("NPS 3", action.Description);
        Assert.Equal(["open"], f.AuditActions(item.Id));
    }

    [Fact]
    public void Run_EscalatesToTheNextLevelsOwner_WhenTheCaseIsOverdue()
    {
        using var f = new CaseFixture(Monday);
        f.Response("R-1", "O11", CaseFixture.Moscow(2025, 3, 3, 9), nps: 2);
        f.RunAt(2025, 3, 3);
        var due = f.Cases.List(new CaseFilter()).Single().DueOn;

        var onTheDueDay = f.RunAt(due.Year, due.Month, due.Day, 18);
        var dayAfter = f.RunAt(due.AddDays(1).Year, due.AddDays(1).Month, due.AddDays(1).Day);

        Assert.Equal(0, onTheDueDay.Escalated);
        Assert.Equal(1, dayAfter.Escalated);
        var item = f.Cases.List(new CaseFilter()).Single();
        Assert.Equal((CaseFixture.BranchOwner, 1, "open"), (item.Owner, item.EscalationLevel, item.State));
        Assert.Equal(ProductionCalendar.Default.AddWorkingDays(due.AddDays(1), new CaseOptions().EscalationDueWorkingDays), item.DueOn);
        Assert.Contains(f.Actions.History(item.Id), e => e.Note is { } n && n.StartsWith("Эскалация", StringComparison.Ordinal) && n.Contains(CaseFixture.BranchOwner));
        Assert.Contains("escalate", f.AuditActions(item.Id));
        using (var c = f.Temp.Store.Open())
            Assert.Equal(1, c.ExecuteScalar<int>("SELECT count(*) FROM notification WHERE recipient = $r AND subject_ref = $id",
                new { r = CaseFixture.BranchOwner, id = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        // Overdue again at the branch: the company's owner; at the company there is no next level.
        var later = item.DueOn.AddDays(1);
        Assert.Equal(1, f.RunAt(later.Year, later.Month, later.Day).Escalated);
        var top = f.Cases.List(new CaseFilter()).Single();
        Assert.Equal((CaseFixture.CompanyOwner, 2), (top.Owner, top.EscalationLevel));
        var muchLater = later.AddDays(30);
        Assert.Equal(0, f.RunAt(muchLater.Year, muchLater.Month, muchLater.Day).Escalated);
        Assert.Single(f.Cases.List(new CaseFilter("overdue"), muchLater));
    }

    [Fact]
    public void Close_NeedsAnOutcomeAndAControlCall_ForADetractorCase()
    {
        using var f = new CaseFixture(Monday);
        f.Response("R-1", "O11", CaseFixture.Moscow(2025, 3, 3, 9), nps: 1);
        f.RunAt(2025, 3, 3);
        var id = f.Cases.List(new CaseFilter()).Single().Id;

        var noCall = Assert.Throws<InvalidOperationException>(() => f.Cases.Close(id, "resolved", null, CaseFixture.OfficeOwner));
        Assert.Contains("контрольного звонка", noCall.Message);
        Assert.Throws<ArgumentException>(() => f.Cases.Close(id, "done", new ControlCallResult("КЗ-17", true), CaseFixture.OfficeOwner));
        // The generic workflow cannot bypass the rules: no "done" without an outcome, no cancelling.
        Assert.Throws<InvalidOperationException>(() => f.Actions.Move(id, ActionStatus.Done, CaseFixture.OfficeOwner));
        Assert.Throws<InvalidOperationException>(() => f.Actions.Move(id, ActionStatus.Cancelled, CaseFixture.OfficeOwner, "ошибка"));
        Assert.Equal("open", f.Cases.List(new CaseFilter()).Single().State);

        var closed = f.Cases.Close(id, "resolved", new ControlCallResult("КЗ-17", Satisfied: true), CaseFixture.OfficeOwner);

        Assert.Equal(ActionStatus.Verified, closed.Status);
        var item = f.Cases.List(new CaseFilter("closed")).Single();
        Assert.Equal(("resolved", "closed"), (item.Outcome, item.State));
        Assert.Equal(["open", "outcome", "status", "verify"], f.AuditActions(id));
    }

    [Fact]
    public void Close_ReopensTheCase_WhenTheControlCallFindsTheClientUnsatisfied()
    {
        using var f = new CaseFixture(Monday);
        f.Response("R-1", "O11", CaseFixture.Moscow(2025, 3, 3, 9), nps: 4);
        f.RunAt(2025, 3, 3);
        var id = f.Cases.List(new CaseFilter()).Single().Id;

        var reopened = f.Cases.Close(id, "explained", new ControlCallResult("КЗ-18", Satisfied: false), CaseFixture.OfficeOwner);

        Assert.Equal(ActionStatus.Reopened, reopened.Status);
        Assert.Equal("open", f.Cases.List(new CaseFilter()).Single().State);
    }

    [Fact]
    public void Close_NeedsOnlyAnOutcome_WhenTheTriggerIsNoComplaint()
    {
        using var f = new CaseFixture(Monday, new CaseOptions { DetractorNeedsControlCall = false });
        f.Response("R-1", "O11", CaseFixture.Moscow(2025, 3, 3, 9), nps: 5);
        f.RunAt(2025, 3, 3);
        var id = f.Cases.List(new CaseFilter()).Single().Id;

        var closed = f.Cases.Close(id, "explained", null, CaseFixture.OfficeOwner);

        Assert.Equal(ActionStatus.Done, closed.Status);
        Assert.Equal("closed", f.Cases.List(new CaseFilter()).Single().State);
    }

    [Fact]
    public void Run_JoinsOneCase_WhenAPoorQualityComplaintAlsoBecomesOverdue()
    {
        using var f = new CaseFixture(Monday, new CaseOptions { LookbackDays = 60 });
        // A post complaint of 03.02.2025: 30 days by the Standard, overdue by 07.03.2025 (AppealDeadlines decides).
        Seed.Appeal(f.Temp.Store, "Ж-2025-0142", "O12", "2025-02-03 10:00", kind: "complaint", poorQuality: true, consumerKey: "ЛС 7701-334512");

        var first = f.RunAt(2025, 3, 5);
        var second = f.RunAt(2025, 3, 7);

        Assert.Equal((1, 0), (first.Opened, first.Joined));
        Assert.Equal((0, 1), (second.Opened, second.Joined));
        var item = Assert.Single(f.Cases.List(new CaseFilter()));
        Assert.Equal([CaseTriggers.PoorQualityComplaint, CaseTriggers.AppealOverdue], item.Triggers);
        Assert.True(item.NeedsControlCall);
        // O12 has no owner of its own: the branch's owner has it from the start (level 1).
        Assert.Equal((CaseFixture.BranchOwner, "appeal", "Ж-2025-0142"), (item.Owner, item.EventKind, item.EventRef));
        Assert.Contains(f.Actions.History(item.Id), e => e.Note is { } n && n.StartsWith("Присоединён повод: Просрочен ответ", StringComparison.Ordinal));
        Assert.Contains("join", f.AuditActions(item.Id));
    }

    [Fact]
    public void Run_ReopensAClosedCase_WhenANewTriggerJoinsIt()
    {
        using var f = new CaseFixture(Monday, new CaseOptions { LookbackDays = 60, DetractorNeedsControlCall = false });
        Seed.Appeal(f.Temp.Store, "Ж-2025-0150", "O11", "2025-02-03 10:00", kind: "complaint", poorQuality: true);
        f.RunAt(2025, 2, 4);
        var id = f.Cases.List(new CaseFilter()).Single().Id;
        f.Cases.Close(id, "resolved", new ControlCallResult("КЗ-3", true), CaseFixture.OfficeOwner);

        var run = f.RunAt(2025, 3, 7);

        Assert.Equal((1, 1), (run.Joined, run.Reopened));
        Assert.Equal(ActionStatus.Reopened, f.Actions.Get(id)!.Status);
    }

    [Fact]
    public void List_Throws_WhenTheStateIsUnknown()
    {
        using var f = new CaseFixture(Monday);
        Assert.Throws<ArgumentException>(() => f.Cases.List(new CaseFilter("stale")));
    }
}
