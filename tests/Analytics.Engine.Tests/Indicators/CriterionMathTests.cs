using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;

namespace Analytics.Engine.Tests.Indicators;

public class CriterionMathTests
{
    private static CriterionDefinition C(Direction d = Direction.Higher, ScoringRule s = ScoringRule.Ratio, double? zero = null) =>
        new() { Id = "c", Indicator = "i", NameRu = "к", NameEn = "c", Measure = "appeals.onTime", Source = "t", Direction = d, Scoring = s, Zero = zero };

    [Fact]
    public void Value_IsNull_WhenNIsZero() => Assert.Null(CriterionMath.Value(MeasureKind.Proportion, new Counts(0, 0, null)));

    [Fact]
    public void Value_IsNps_WhenNetScore() =>
        Assert.Equal(20, CriterionMath.Value(MeasureKind.NetScore, new Counts(50, 100, 30)));

    [Fact]
    public void Interval_IsWilson_WhenProportion()
    {
        // Wilson 95 % for 8/10: 0.4902 … 0.9433 (published tables).
        var i = CriterionMath.Interval(MeasureKind.Proportion, new Counts(8, 10, null), 0.95)!.Value;
        Assert.Equal(0.4902, i.Lower, 4);
        Assert.Equal(0.9433, i.Upper, 4);
    }

    [Theory]
    [InlineData(0.9, 1.0, 90.0)]
    [InlineData(1.2, 1.0, 100.0)]
    public void Score_IsRatioCapped_WhenHigherIsBetter(double value, double norm, double expected) =>
        Assert.Equal(expected, CriterionMath.Score(C(), value, norm)!.Value, 10);

    [Fact]
    public void Score_IsLinear_WhenLowerIsBetterWithZero() =>
        Assert.Equal(50, CriterionMath.Score(C(Direction.Lower, ScoringRule.Linear, 0.25), 0.15, 0.05)!.Value, 10);

    [Fact]
    public void Aggregate_WeighsScoredCriteria_AndReportsCoverage()
    {
        var (value, coverage) = CriterionMath.Aggregate([(3, 100), (1, 60), (1, null)]);
        Assert.Equal(90, value);
        Assert.Equal(0.8, coverage, 10);
    }

    [Fact]
    public void Aggregate_IsNull_WhenNothingScored() => Assert.Equal((null, 0), CriterionMath.Aggregate([(1, null)]));

    [Fact]
    public void Interval_StaysWithinZeroAndOne_WhenSourceCountsAreInconsistent()
    {
        // e.g. an interval row with answered-in-norm above offered, written around the importer's checks
        var interval = CriterionMath.Interval(MeasureKind.Proportion, new Counts(66, 65, null), 0.95);

        Assert.NotNull(interval);
        Assert.Equal(1.0, interval.Value.Upper, 6);
        Assert.True(interval.Value.Lower is > 0.9 and < 1);
    }
}
