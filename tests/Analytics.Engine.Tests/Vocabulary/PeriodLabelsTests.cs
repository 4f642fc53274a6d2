using System.Globalization;
using Analytics.Engine.Indicators;
using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.Tests.Vocabulary;

public class PeriodLabelsTests
{
    private static readonly DateOnly Dec3 = new(2026, 12, 3);
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU"), En = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void RunningPeriods_AreMarked_FinishedOnesAreNot()
    {
        Assert.Equal("дек 2026*", PeriodLabels.Of(new DateOnly(2026, 12, 1), Granularity.Month, Dec3, Ru));
        Assert.Equal("ноя 2026", PeriodLabels.Of(new DateOnly(2026, 11, 1), Granularity.Month, Dec3, Ru));
        Assert.Equal("IV кв. 2026*", PeriodLabels.Of(new DateOnly(2026, 10, 1), Granularity.Quarter, Dec3, Ru));
        Assert.Equal("III кв. 2026", PeriodLabels.Of(new DateOnly(2026, 7, 1), Granularity.Quarter, Dec3, Ru));
        Assert.Equal("2026*", PeriodLabels.Of(new DateOnly(2026, 1, 1), Granularity.Year, Dec3, Ru));
        Assert.Equal("2025", PeriodLabels.Of(new DateOnly(2025, 1, 1), Granularity.Year, Dec3, Ru));
        Assert.Equal("Q4 2026*", PeriodLabels.Of(new DateOnly(2026, 10, 1), Granularity.Quarter, Dec3, En));
    }

    [Fact]
    public void Footnote_SaysTheDayTheDataRunsTo()
    {
        Assert.Equal("* период не завершён: данные по 03.12.2026", PeriodLabels.PartialNote(Dec3, Ru));
        Assert.Equal("* period not finished: data to 03.12.2026", PeriodLabels.PartialNote(Dec3, En));
    }

    [Fact]
    public void YearOverYear_NamesTheSameMonthsOfBothYears()
    {
        Assert.Equal("янв–ноя 2026 к янв–ноя 2025", PeriodLabels.Comparison(2026, Dec3, Ru));
        Assert.Equal("2025 к 2024", PeriodLabels.Comparison(2025, Dec3, Ru));
        Assert.Equal("янв 2026 к янв 2025", PeriodLabels.Comparison(2026, new DateOnly(2026, 2, 10), Ru));
        Assert.Null(PeriodLabels.Comparison(2026, new DateOnly(2026, 1, 10), Ru));
        Assert.Equal("Jan–Nov 2026 vs Jan–Nov 2025", PeriodLabels.Comparison(2026, Dec3, En));
    }
}
