using Analytics.Engine.Compliance;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Compliance;

// Due dates are hand-checked against the production calendar: 2024-12-28 (Sat) worked, 2024-12-30/31 and
// 2025-01-01…08 off; 2025-12-31 and 2026-01-01…09 off.
public class NormComplianceServiceTests
{
    private static AppealDeadline One(TempStore db, string no, string asOf = "2025-06-30") =>
        new NormComplianceService(db.Store).Appeals("all", DateOnly.Parse(asOf)).Single(a => a.RegisterNo == no);

    [Fact]
    public void Appeals_DueIn15WorkingDays_WhenLegalEmailAcrossNewYear()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "A1", "O11", "2024-12-27 10:00", answered: "2025-01-28 17:00", channel: "email", consumerType: "legal");

        var a = One(db, "A1");

        Assert.Equal(new DateOnly(2025, 1, 28), a.DueDay);
        Assert.True(a.OnTime);
    }

    [Fact]
    public void Appeals_LateByOneDay_WhenAnsweredAfterWorkingDayDue()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "A1", "O11", "2024-12-27 10:00", answered: "2025-01-29 09:00", channel: "email", consumerType: "legal");

        Assert.False(One(db, "A1").OnTime);
    }

    [Fact]
    public void Appeals_DueIn5WorkingDays_WhenAnswerphoneAcrossNewYear2026()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "A1", "O11", "2025-12-26 12:00", channel: "answerphone", contact: "phone");

        Assert.Equal(new DateOnly(2026, 1, 14), One(db, "A1", "2025-12-27").DueDay);
    }

    [Fact]
    public void Appeals_DueIn30CalendarDays_WhenIndividualPost()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "A1", "O11", "2025-01-10 08:00");

        var a = One(db, "A1", "2025-01-20");

        Assert.Equal(new DateOnly(2025, 2, 9), a.DueDay);
        Assert.Null(a.OnTime);   // open and not yet due: not assessable
    }

    [Fact]
    public void Appeals_ExtensionCappedAtLimit_WhenExtendedBeyondIt()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "A1", "O11", "2024-12-27 10:00", answered: "2025-02-20 10:00", channel: "email",
            consumerType: "legal", extendedTo: "2025-02-28 00:00");

        var a = One(db, "A1");

        Assert.Equal(new DateOnly(2025, 2, 18), a.LimitDay);
        Assert.Equal(new DateOnly(2025, 2, 18), a.EffectiveDue);
        Assert.False(a.ExtensionOk);
        Assert.False(a.OnTime);
    }

    [Fact]
    public void Appeals_OnTime_WhenAnsweredWithinOneValidExtension()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "A1", "O11", "2025-03-03 10:00", answered: "2025-04-20 10:00", extendedTo: "2025-04-25 00:00");

        var a = One(db, "A1");

        Assert.Equal(new DateOnly(2025, 4, 2), a.DueDay);
        Assert.True(a.ExtensionOk);
        Assert.True(a.OnTime);
    }

    [Fact]
    public void OverdueAndDueSoon_ListOnlyTheirAppeals()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "LATE", "O11", "2025-01-10 08:00");                 // due 2025-02-09, open
        Seed.Appeal(db.Store, "SOON", "O11", "2025-02-10 08:00");                 // due 2025-03-12, open
        Seed.Appeal(db.Store, "DONE", "O11", "2025-02-10 08:00", answered: "2025-02-11 08:00");
        var service = new NormComplianceService(db.Store);
        var asOf = new DateOnly(2025, 3, 10);                                      // Mon; +3 wd = 2025-03-13

        Assert.Equal(["LATE"], service.Overdue(asOf).Select(a => a.RegisterNo));
        Assert.Equal(["SOON"], service.DueSoon(asOf).Select(a => a.RegisterNo));
    }

    [Fact]
    public void Appeals_Empty_WhenNoAppeals()
    {
        using var db = new TempStore();
        Assert.Empty(new NormComplianceService(db.Store).Appeals("all", new DateOnly(2025, 1, 1)));
    }
}
