using Dashboard.Filters;
using Dapper;
using Dashboard.Access;
using Dashboard.Appeals;
using Dashboard.Tests.Jobs;

namespace Dashboard.Tests.Appeals;

public class AppealsQueryTests
{
    private static readonly UserScope Admin = new("admin", null, SeesPersonalData: true, CanEditActions: true);
    private static readonly UserScope Executive = new("exec", null, SeesPersonalData: false, CanEditActions: false);

    private static JobFixture Seed()
    {
        var f = new JobFixture(); // B01 with O01, O02; clock 2025-03-10
        f.Exec("INSERT INTO org_unit (code, level, parent_code, name) VALUES ('B02', 'branch', 'C', 'Филиал 2'), ('O21', 'office', 'B02', 'Офис 21')");
        f.AddAppeal("A-1", "O01", new DateTime(2025, 3, 5));                                        // overdue
        f.AddAppeal("A-2", "O01", new DateTime(2025, 3, 12));                                       // due soon
        f.AddAppeal("A-3", "O02", new DateTime(2025, 3, 1), answered: new DateTime(2025, 2, 27));   // on time
        f.AddAppeal("A-4", "O21", new DateTime(2025, 2, 20), answered: new DateTime(2025, 2, 25));  // late
        f.Exec("UPDATE appeal SET consumer_name = 'Иванов Иван', consumer_phone = '+79001234567', follow_up_of = 'A-3' WHERE register_no = 'A-1'");
        return f;
    }

    private static AppealsQuery Query(JobFixture f) => new(f.Store, f.Clock, new Analytics.Engine.Compliance.AppealDeadlines(f.Store));

    [Fact]
    public void Load_CountsVolumeDeadlinesAndRepeats_ForTheCompany()
    {
        using var f = Seed();

        var report = Query(f).Load(new DashboardFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), Admin);

        Assert.Equal(4, report.Total);
        Assert.Equal(2, report.Answered);
        Assert.Equal(1, report.AnsweredOnTime);
        Assert.Equal(0.5, report.OnTimeShare);
        Assert.Equal(1, report.Repeat);
        Assert.Equal(["A-1"], report.Overdue.Select(a => a.RegisterNo));
        Assert.Equal(["A-2"], report.DueSoon.Select(a => a.RegisterNo));
        Assert.Equal(4, report.ByChannel.Single().Count);
    }

    [Fact]
    public void Load_HoldsBranchManagerToOwnBranch_WhateverIsAsked()
    {
        using var f = Seed();
        var manager = new UserScope("bm", "B02", false, true);

        var report = Query(f).Load(new DashboardFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), Branch: "B01"), manager);

        Assert.Equal(1, report.Total);
        Assert.Empty(report.Overdue);
    }

    [Fact]
    public void Load_MasksPersonalData_ForRolesWithoutPermission()
    {
        using var f = Seed();
        var filter = new DashboardFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        var masked = Query(f).Load(filter, Executive).Overdue.Single();
        var shown = Query(f).Load(filter, Admin).Overdue.Single();

        Assert.Equal("И***н", masked.ConsumerName);
        Assert.DoesNotContain("1234", masked.ConsumerPhone);
        Assert.Equal("Иванов Иван", shown.ConsumerName);
    }

    [Fact]
    public void Load_DefaultsToYearOfLatestAppeal_WhenNoDatesGiven()
    {
        using var f = Seed();

        var report = Query(f).Load(new DashboardFilter(), Admin);

        Assert.Equal(new DateOnly(2025, 1, 1), report.From);
        Assert.Equal(4, report.Total);
    }

    [Fact]
    public void Load_FiltersByChannelAndConsumerType()
    {
        using var f = Seed();
        f.Exec("UPDATE appeal SET channel = 'phone', consumer_type = 'legal' WHERE register_no = 'A-4'");

        var report = Query(f).Load(new DashboardFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), Channel: "phone", ConsumerType: "legal"), Admin);

        Assert.Equal(1, report.Total);
        Assert.Equal("phone", report.ByChannel.Single().Key);
    }
}
