using Analytics.Engine.Calendar;

namespace Analytics.Engine.Tests.Calendar;

public class WorkingDayArithmeticTests
{
    private static readonly ProductionCalendar Calendar = ProductionCalendar.Default;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void AddWorkingDays_ReturnsNextWorkingDay_WhenAddingOne()
    {
        Assert.Equal(D(2025, 7, 16), Calendar.AddWorkingDays(D(2025, 7, 15), 1)); // Tue → Wed
        Assert.Equal(D(2025, 7, 21), Calendar.AddWorkingDays(D(2025, 7, 18), 1)); // Fri → Mon
        Assert.Equal(D(2025, 7, 21), Calendar.AddWorkingDays(D(2025, 7, 19), 1)); // Sat → Mon
    }

    [Fact]
    public void AddWorkingDays_ReturnsStart_WhenZero() =>
        Assert.Equal(D(2025, 7, 19), Calendar.AddWorkingDays(D(2025, 7, 19), 0));

    [Fact]
    public void AddWorkingDays_SkipsMayHolidays2025()
    {
        // 30 Apr (short) → 1–4 May off → 5, 6, 7 May working → 8–11 May off → 12 May.
        Assert.Equal(D(2025, 5, 5), Calendar.AddWorkingDays(D(2025, 4, 30), 1));
        Assert.Equal(D(2025, 5, 12), Calendar.AddWorkingDays(D(2025, 4, 30), 4));
    }

    [Fact]
    public void AddWorkingDays_CrossesYears_ThroughNewYearHolidays()
    {
        // 31 Dec 2025 is off; 1–11 Jan 2026 are off (1–8 holidays, 9 Jan transferred, 10–11 weekend).
        Assert.Equal(D(2026, 1, 12), Calendar.AddWorkingDays(D(2025, 12, 30), 1));
        Assert.Equal(D(2025, 12, 30), Calendar.AddWorkingDays(D(2026, 1, 12), -1));
        Assert.Equal(1, Calendar.WorkingDaysBetween(D(2025, 12, 30), D(2026, 1, 12)));
    }

    [Fact]
    public void AddWorkingDays_CountsWorkingSaturday_WhenInRange()
    {
        // Fri 31 Oct 2025 + 1 = Sat 1 Nov (working, shortened); + 2 = Wed 5 Nov (3 and 4 Nov off).
        Assert.Equal(D(2025, 11, 1), Calendar.AddWorkingDays(D(2025, 10, 31), 1));
        Assert.Equal(D(2025, 11, 5), Calendar.AddWorkingDays(D(2025, 10, 31), 2));
    }

    [Fact]
    public void AddWorkingDays_CountsBack_WhenNegative()
    {
        Assert.Equal(D(2025, 7, 18), Calendar.AddWorkingDays(D(2025, 7, 21), -1)); // Mon → Fri
        Assert.Equal(D(2025, 7, 18), Calendar.AddWorkingDays(D(2025, 7, 20), -1)); // Sun → Fri
        Assert.Equal(D(2025, 4, 30), Calendar.AddWorkingDays(D(2025, 5, 12), -4));
    }

    [Fact]
    public void WorkingDaysBetween_IsHalfOpen_AndAntisymmetric()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(2025, 7, 15), D(2025, 7, 15)));
        Assert.Equal(1, Calendar.WorkingDaysBetween(D(2025, 7, 18), D(2025, 7, 21)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(2025, 7, 18), D(2025, 7, 20)));
        var pairs = new[] { (D(2024, 12, 20), D(2025, 1, 20)), (D(2025, 4, 28), D(2025, 5, 14)), (D(2013, 1, 1), D(2026, 12, 31)) };
        foreach (var (a, b) in pairs)
        {
            Assert.Equal(-Calendar.WorkingDaysBetween(a, b), Calendar.WorkingDaysBetween(b, a));
        }
    }

    [Fact]
    public void AddWorkingDays_InvertsBetween_OnWorkingDays()
    {
        var start = D(2024, 12, 20);
        for (var n = -40; n <= 60; n++)
        {
            var end = Calendar.AddWorkingDays(start, n);
            Assert.True(n == 0 || Calendar.IsWorkingDay(end));
            Assert.Equal(n, Calendar.WorkingDaysBetween(start, end));
        }
    }

    [Fact]
    public void AddWorkingDays_Throws_WhenResultPastLoadedYears()
    {
        var start = D(Calendar.LastYear, 12, 25);
        var ex = Assert.Throws<CalendarRangeException>(() => Calendar.AddWorkingDays(start, 30));
        Assert.Contains("Adding 30 working days", ex.Message);
        Assert.Throws<CalendarRangeException>(() => Calendar.AddWorkingDays(D(2013, 1, 10), -5));
    }

    [Fact]
    public void WorkingDaysBetween_Throws_WhenEitherDateOutside() =>
        Assert.Throws<CalendarRangeException>(() => Calendar.WorkingDaysBetween(D(2025, 1, 1), D(2040, 1, 1)));
}
