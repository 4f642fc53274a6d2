using Analytics.Engine.Calendar;

namespace Analytics.Engine.Tests.Calendar;

public class DeadlineRuleTests
{
    private static readonly DeadlineRule Rule = new(ProductionCalendar.Default);

    [Fact]
    public void Due_CountsWorkingDays_FromDayAfterRegistration()
    {
        // 002 §8.2.5: 15 working days. Registered Mon 14 Jul 2025 → 4 Aug 2025 (3 full weeks).
        Assert.Equal(new DateOnly(2025, 8, 4), Rule.Due(new DateTime(2025, 7, 14, 16, 30, 0), 15, DayCount.WorkingDays));
    }

    [Fact]
    public void Due_SkipsHolidays_WhenWorkingDaysSpanNewYear()
    {
        // Registered Fri 26 Dec 2025: 29, 30 Dec, then 12, 13, 14 Jan 2026.
        Assert.Equal(new DateOnly(2026, 1, 14), Rule.Due(new DateTime(2025, 12, 26, 9, 0, 0), 5, DayCount.WorkingDays));
    }

    [Fact]
    public void Due_KeepsDayOff_WhenCalendarDaysAndMoveDisabled()
    {
        // 001 §2.2.4: 30 days. 1 Dec 2025 + 30 = Wed 31 Dec 2025, a day off — kept by default.
        Assert.Equal(new DateOnly(2025, 12, 31), Rule.Due(new DateTime(2025, 12, 1), 30, DayCount.Calendar));
    }

    [Fact]
    public void Due_MovesToNextWorkingDay_WhenCalendarDaysAndMoveEnabled()
    {
        var moving = new DeadlineRule(ProductionCalendar.Default, new DeadlineOptions { MoveCalendarDeadlineOffDays = true });
        Assert.Equal(new DateOnly(2026, 1, 12), moving.Due(new DateTime(2025, 12, 1), 30, DayCount.Calendar));
        Assert.Equal(new DateOnly(2025, 7, 16), moving.Due(new DateTime(2025, 7, 1), 15, DayCount.Calendar));
    }

    [Fact]
    public void Extend_CountsFromOriginalDue()
    {
        var due = Rule.Due(new DateTime(2025, 7, 14), 15, DayCount.WorkingDays);
        Assert.Equal(new DateOnly(2025, 8, 25), Rule.Extend(due, 15, DayCount.WorkingDays));
    }

    [Fact]
    public void DaysLeft_IsNegative_WhenOverdue()
    {
        var due = new DateOnly(2025, 8, 4);
        Assert.Equal(1, Rule.DaysLeft(new DateOnly(2025, 8, 1), due, DayCount.WorkingDays));
        Assert.Equal(-2, Rule.DaysLeft(new DateOnly(2025, 8, 6), due, DayCount.WorkingDays));
        Assert.Equal(3, Rule.DaysLeft(new DateOnly(2025, 8, 1), due, DayCount.Calendar));
        Assert.True(DeadlineRule.IsLate(due, new DateTime(2025, 8, 5, 0, 1, 0)));
        Assert.False(DeadlineRule.IsLate(due, new DateTime(2025, 8, 4, 23, 59, 0)));
    }

    [Fact]
    public void Due_Throws_WhenDaysNegative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Rule.Due(new DateTime(2025, 7, 14), -1, DayCount.WorkingDays));
}
