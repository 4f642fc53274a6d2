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

    /// <summary>Sparkline captions name their months in Russian, a running last month marked.</summary>
    [Fact]
    public void MonthSpan_NamesTheMonthsInRussian()
    {
        var today = new DateOnly(2026, 12, 3);
        Assert.Equal("янв – ноя 2026", PeriodLabels.MonthSpan("2026-01", "2026-11", new DateOnly(2026, 12, 3), Labels.Russian));
        Assert.Equal("янв – дек 2026*", PeriodLabels.MonthSpan("2026-01", "2026-12", today, Labels.Russian));
        Assert.Equal("дек 2025 – ноя 2026", PeriodLabels.MonthSpan("2025-12", "2026-11", today, Labels.Russian));
        Assert.Equal("мар 2026", PeriodLabels.MonthSpan("2026-03", "2026-03", today, Labels.Russian));
    }

    /// <summary>A year still running is said to be partial, with the months it holds; a finished one is not.</summary>
    [Fact]
    public void PartialYear_SaysWhichMonths()
    {
        var today = new DateOnly(2026, 12, 4);
        Assert.Equal("неполный год: янв–дек 2026, данные по 04.12.2026", PeriodLabels.PartialYear(2026, today, Labels.Russian));
        Assert.Equal("неполный год: янв 2027, данные по 20.01.2027", PeriodLabels.PartialYear(2027, new DateOnly(2027, 1, 20), Labels.Russian));
        Assert.Null(PeriodLabels.PartialYear(2025, today, Labels.Russian));
    }
}
