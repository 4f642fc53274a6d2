using System.Globalization;
using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.Tests.Vocabulary;

public class NumbersTests
{
    private static readonly CultureInfo Ru = Labels.Russian;
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");
    private const string S = "\u00A0";

    [Fact]
    public void Share_IsAPercentWithOneDecimalComma() => Assert.Equal($"89,7{S}%", Numbers.Share(0.8967, Ru));

    [Fact]
    public void Share_Unknown_IsADash() => Assert.Equal("—", Numbers.Share(null, Ru));

    [Fact]
    public void Interval_IsLowerDashUpperPercent() => Assert.Equal($"85,2–92,9{S}%", Numbers.Interval(0.8523, 0.9291, Ru));

    [Theory]
    [InlineData(0.012, "+1,2 п.п.")]
    [InlineData(-0.0349, "−3,5 п.п.")]
    [InlineData(0.0001, "±0,0 п.п.")]
    public void Points_AreSignedPercentagePoints(double change, string expected) =>
        Assert.Equal(expected.Replace(" п.п.", S + "п.п."), Numbers.Points(change, Ru));

    [Fact]
    public void WithN_PutsTheCountBesideTheValue() =>
        Assert.Equal($"89,7{S}% (n{S}={S}1{S}234)", Numbers.WithN(Numbers.Share(0.897, Ru), 1234, Ru));

    [Fact]
    public void Outcome_IsWords_WithTheToleranceStated()
    {
        Assert.Equal("лучше плана", Numbers.Outcome(1, 0.3, 0.9, Ru));
        Assert.Equal("хуже плана", Numbers.Outcome(-1, 0.3, 0.9, Ru));
        // k is relative to the plan: 30 % of a 90 % plan is ±27 percentage points.
        Assert.Equal($"в пределах допуска ±27,0{S}п.п.", Numbers.Outcome(0, 0.3, 0.9, Ru));
        Assert.Equal($"в пределах допуска ±30{S}% от плана", Numbers.Outcome(0, 0.3, null, Ru));
        Assert.Equal("—", Numbers.Outcome(null, 0.3, 0.9, Ru));
        Assert.Equal("better than plan", Numbers.Outcome(1, 0.3, 0.9, En));
        Assert.DoesNotContain("−1", Numbers.Outcome(-1, 0.3, 0.9, Ru));
    }

    /// <summary>D17: a chart legend gives k both ways, its п.п. the same as the outcome words' band.</summary>
    [Fact]
    public void Tolerance_GivesKAndItsBandInPoints()
    {
        Assert.Equal($"30{S}% от плана (±27,9{S}п.п.)", Numbers.Tolerance(0.3, 0.93, Ru));
        Assert.EndsWith(Numbers.Outcome(0, 0.3, 0.93, Ru)["в пределах допуска ".Length..] + ")", Numbers.Tolerance(0.3, 0.93, Ru));
        Assert.Equal($"30{S}% of plan (±27.9{S}pp)", Numbers.Tolerance(0.3, 0.93, En));
    }

    [Fact]
    public void Value_FollowsTheCriterionUnit()
    {
        Assert.Equal($"90,0{S}%", Numbers.Value(0.9, "share", Ru));
        Assert.Equal("+45,3", Numbers.Value(45.3, "index", Ru));
        Assert.Equal("да", Numbers.Value(1, "flag", Ru));
        Assert.Equal("12", Numbers.Value(12, "count", Ru));
        Assert.Equal($"14,6{S}мин", Numbers.Value(14.593, "minutes", Ru));
        Assert.Equal($"45{S}с", Numbers.Value(45, "seconds", Ru));
    }

    [Fact]
    public void English_UsesTheDecimalPoint() => Assert.Equal($"89.7{S}%", Numbers.Share(0.8967, En));

    [Fact]
    public void Thousands_AreGroupedWithANoBreakSpace() => Assert.Equal($"99{S}334", Numbers.Count(99334, Ru));
}
