using Analytics.Engine.Time;

namespace Analytics.Engine.Tests.Time;

public class PeriodsTests
{
    private static readonly DateOnly Dec3 = new(2026, 12, 3);

    [Fact]
    public void RunningMonthQuarterYear_AreIncomplete()
    {
        Assert.False(Periods.IsMonthComplete(2026, 12, Dec3));
        Assert.False(Periods.IsQuarterComplete(2026, 4, Dec3));
        Assert.False(Periods.IsYearComplete(2026, Dec3));
        Assert.False(Periods.IsMonthKeyComplete("2026-12", Dec3));
    }

    [Fact]
    public void PastPeriods_AreComplete_FromTheDayAfterTheirLastDay()
    {
        Assert.True(Periods.IsMonthComplete(2026, 11, Dec3));
        Assert.True(Periods.IsQuarterComplete(2026, 3, Dec3));
        Assert.True(Periods.IsYearComplete(2025, Dec3));
        Assert.False(Periods.IsMonthComplete(2026, 11, new DateOnly(2026, 11, 30)));
        Assert.True(Periods.IsMonthComplete(2026, 11, new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void YearOverYear_ComparesTheCompleteMonthsOnly()
    {
        Assert.Equal(11, Periods.ComparableMonths(2026, Dec3));
        Assert.Equal(12, Periods.ComparableMonths(2025, Dec3));
        Assert.Equal(0, Periods.ComparableMonths(2026, new DateOnly(2026, 1, 15)));
    }
}
