using Analytics.Engine.Statistics;

namespace Analytics.Engine.Tests.Statistics;

public class ScoresTests
{
    [Fact]
    public void Nps_SubtractsDetractorShare_WhenMixedScores()
    {
        // 4 promoters (9, 10), 3 passives (7, 8), 3 detractors (0–6): NPS = 40 − 30 = 10.
        var r = SatisfactionScores.Nps([10, 9, 9, 10, 7, 8, 8, 0, 6, 3])!;
        Assert.Equal(10, r.Value, 1e-12);
        Assert.Equal(10, r.N);
        Assert.Equal(4, r.Promoters);
        Assert.Equal(3, r.Detractors);
        Assert.Equal(3, r.Passives);
        // Var = (0.4 + 0.3 − 0.1²)/10 = 0.069; half-width = 100·1.959964·√0.069.
        var half = 100 * 1.959963984540054 * Math.Sqrt(0.069);
        Assert.Equal(10 - half, r.Interval!.Value.Lower, 1e-9);
        Assert.Equal(10 + half, r.Interval!.Value.Upper, 1e-9);
    }

    [Fact]
    public void Nps_ReachesBounds_WhenAllPromotersOrAllDetractors()
    {
        Assert.Equal(100, SatisfactionScores.Nps([9, 10, 10])!.Value);
        Assert.Equal(-100, SatisfactionScores.Nps([0, 6, 5])!.Value);
    }

    [Fact]
    public void Nps_ReturnsNull_WhenNoAnswers() => Assert.Null(SatisfactionScores.Nps([]));

    [Fact]
    public void Nps_ThrowsNamingValue_WhenScoreOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScores.Nps([5, 11]));
        Assert.Contains("11", ex.Message);
    }

    [Fact]
    public void Csat_CountsFoursAndFives_WithWilsonInterval()
    {
        var r = SatisfactionScores.Csat([5, 4, 3, 2, 5, 4, 1, 5])!;
        Assert.Equal(5.0 / 8, r.Value, 1e-12);
        Assert.Equal(5, r.Positive);
        Assert.Equal(Proportion.Wilson(5, 8), r.Interval);
        Assert.Null(SatisfactionScores.Csat([]));
    }

    [Fact]
    public void Csat_ThrowsNamingValue_WhenRatingZero()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScores.Csat([0]));
        Assert.Contains("Score 0", ex.Message);
    }

    [Fact]
    public void Ces_ReturnsMeanWithTInterval_WhenRatingsGiven()
    {
        var r = SatisfactionScores.Ces([7, 6, 5, 6, 7, 4])!;
        Assert.Equal(35.0 / 6, r.Mean, 1e-12);
        Assert.Equal(MeanInterval.T([7, 6, 5, 6, 7, 4]), r.Interval);
        Assert.Null(SatisfactionScores.Ces([5])!.Interval);
        Assert.Null(SatisfactionScores.Ces([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScores.Ces([8]));
    }

    [Fact]
    public void ChecklistWeighted_ExcludesNotApplicable_WhenScoreNull()
    {
        // (2·1 + 1·0 + 3·0.5) / (2 + 1 + 3) = 3.5 / 6; the N/A item with weight 10 is ignored.
        var score = ChecklistScore.Weighted([(2, 1), (1, 0), (3, 0.5), (10, null)]);
        Assert.Equal(3.5 / 6, score!.Value, 1e-12);
    }

    [Fact]
    public void ChecklistWeighted_ReturnsNull_WhenAllItemsNotApplicable()
    {
        Assert.Null(ChecklistScore.Weighted([(1, null), (2, null)]));
        Assert.Null(ChecklistScore.Weighted([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChecklistScore.Weighted([(-1, 1)]));
    }

    [Fact]
    public void SampleSize_FlagsInsufficient_WhenBelowMinimum()
    {
        Assert.Equal(30, SampleSize.MinimumN);
        Assert.False(SampleSize.IsSufficient(29));
        Assert.True(SampleSize.IsSufficient(30));
        Assert.False(SampleSize.IsSufficient(0, 1));
        Assert.True(SampleSize.IsSufficient(5, 5));
    }
}
