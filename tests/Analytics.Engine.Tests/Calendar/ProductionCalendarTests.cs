using Analytics.Engine.Calendar;

namespace Analytics.Engine.Tests.Calendar;

// Facts checked against data/calendar/YYYY.xml and the official annual norms of the Russian production calendar
// (Минтруд: 2024 — 248 working days / 1979 hours, 2025 — 247 / 1972 for a 40-hour week).
public class ProductionCalendarTests
{
    private static readonly ProductionCalendar Calendar = ProductionCalendar.Default;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Default_CoversEmbeddedYears()
    {
        Assert.Equal(2013, Calendar.FirstYear);
        Assert.True(Calendar.LastYear >= 2026);
    }

    [Fact]
    public void IsWorkingDay_IsFalse_ThroughNewYearHolidays2025()
    {
        for (var day = 1; day <= 8; day++) Assert.False(Calendar.IsWorkingDay(D(2025, 1, day)), $"2025-01-0{day}");
        Assert.True(Calendar.IsWorkingDay(D(2025, 1, 9)));
        Assert.Equal("Рождество Христово", Calendar.GetDay(D(2025, 1, 7)).HolidayTitle);
    }

    [Fact]
    public void IsWorkingDay_IsFalse_OnTransferredDaysOff2025()
    {
        // 2 May (from 4 Jan), 8 May (from 23 Feb), 3 Nov (from 1 Nov), 31 Dec (from 5 Jan) are weekdays off.
        Assert.False(Calendar.IsWorkingDay(D(2025, 5, 2)));
        Assert.False(Calendar.IsWorkingDay(D(2025, 5, 8)));
        Assert.False(Calendar.IsWorkingDay(D(2025, 11, 3)));
        Assert.False(Calendar.IsWorkingDay(D(2025, 12, 31)));
        var may2 = Calendar.GetDay(D(2025, 5, 2));
        Assert.Equal(DayKind.Holiday, may2.Kind);
        Assert.Equal(D(2025, 1, 4), may2.TransferredFrom);
    }

    [Fact]
    public void IsWorkingDay_IsTrue_OnWorkingSaturdays()
    {
        // 2025-11-01 is a Saturday worked as a shortened day (t="2"); 2024-04-27 and 2024-12-28 are full (t="3").
        Assert.Equal(DayOfWeek.Saturday, D(2025, 11, 1).DayOfWeek);
        Assert.True(Calendar.IsWorkingDay(D(2025, 11, 1)));
        Assert.True(Calendar.IsShortenedDay(D(2025, 11, 1)));
        Assert.True(Calendar.IsWorkingDay(D(2024, 4, 27)));
        Assert.False(Calendar.IsShortenedDay(D(2024, 4, 27)));
        Assert.Equal(8, Calendar.WorkingHours(D(2024, 12, 28)));
    }

    [Fact]
    public void WorkingHours_IsSeven_OnShortenedPreHolidayDays()
    {
        Assert.Equal(7, Calendar.WorkingHours(D(2025, 3, 7)));
        Assert.Equal(7, Calendar.WorkingHours(D(2025, 4, 30)));
        Assert.Equal(7, Calendar.WorkingHours(D(2025, 6, 11)));
        Assert.Equal(8, Calendar.WorkingHours(D(2025, 3, 6)));
        Assert.Equal(0, Calendar.WorkingHours(D(2025, 3, 8)));
        Assert.Equal(0, Calendar.WorkingHours(D(2025, 3, 9)));
    }

    [Fact]
    public void IsWorkingDay_FollowsWeekdays_WhenDateNotListed()
    {
        Assert.True(Calendar.IsWorkingDay(D(2025, 7, 15)));
        Assert.False(Calendar.IsWorkingDay(D(2025, 7, 19)));
        Assert.Equal(DayKind.Weekend, Calendar.GetDay(D(2025, 7, 20)).Kind);
    }

    [Theory]
    [InlineData(2024, 248, 1979)]
    [InlineData(2025, 247, 1972)]
    public void WorkingDaysInRange_MatchesOfficialAnnualNorm(int year, int days, int hours)
    {
        Assert.Equal(days, Calendar.WorkingDaysInRange(D(year, 1, 1), D(year, 12, 31)));
        Assert.Equal(hours, Calendar.WorkingHoursInRange(D(year, 1, 1), D(year, 12, 31)));
    }

    [Fact]
    public void IsWorkingDay_Throws_WhenDateOutsideLoadedYears()
    {
        var late = D(Calendar.LastYear + 1, 3, 3);
        var ex = Assert.Throws<CalendarRangeException>(() => Calendar.IsWorkingDay(late));
        Assert.Equal(late, ex.Date);
        Assert.Contains(late.ToString("yyyy-MM-dd"), ex.Message);
        Assert.Contains($"2013–{Calendar.LastYear}", ex.Message);
        Assert.Throws<CalendarRangeException>(() => Calendar.IsWorkingDay(D(2012, 12, 31)));
    }
}
