using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Data;

namespace Analytics.Engine.Tests.Reports.Data;

public class ReportMathTests
{
    [Theory]
    [InlineData(200, 250, DynamicsConvention.PercentChange, 25.0)]
    [InlineData(200, 150, DynamicsConvention.PercentChange, -25.0)]
    [InlineData(200, 250, DynamicsConvention.Ratio, 125.0)]
    [InlineData(5, 0, DynamicsConvention.Ratio, 0.0)]
    public void Dynamics_FollowsConvention(long previous, long current, DynamicsConvention convention, double expected) =>
        Assert.Equal(expected, ReportMath.Dynamics(previous, current, convention)!.Value, 9);

    [Theory]
    [InlineData(DynamicsConvention.PercentChange)]
    [InlineData(DynamicsConvention.Ratio)]
    public void Dynamics_IsNullAndPrintsDash_WhenPreviousIsZero(DynamicsConvention convention)
    {
        Assert.Null(ReportMath.Dynamics(0, 7, convention));
        Assert.Equal("—", Ru.Change(ReportMath.Dynamics(0, 7, convention)));
    }

    [Fact]
    public void Wilson_MatchesPublishedInterval_ForEightOfTen()
    {
        // Wilson 95 % for 8/10: [0.4902, 0.9433] (Newcombe 1998, table I).
        var (lower, upper) = ReportMath.Wilson(8, 10)!.Value;
        Assert.Equal(0.4902, lower, 4);
        Assert.Equal(0.9433, upper, 4);
        Assert.Null(ReportMath.Wilson(0, 0));
    }

    [Fact]
    public void SurveyScore_ComputesNpsCsatCes_FromHistogram()
    {
        SurveyBucket B(int value, long n) => new() { Value = value, N = n };

        var nps = SurveyScore.Nps([B(10, 5), B(9, 1), B(8, 2), B(3, 2)]);
        var csat = SurveyScore.Csat([B(5, 3), B(4, 1), B(1, 4)]);
        var ces = SurveyScore.Ces([B(2, 2), B(4, 2)]);

        Assert.Equal((40.0, 10L), (nps.Value!.Value, nps.N));   // 60 % promoters − 20 % detractors
        Assert.Equal(50.0, csat.Value!.Value, 9);
        Assert.Equal(3.0, ces.Value!.Value, 9);
        Assert.True(nps.Lower < 40 && nps.Upper > 40);
        Assert.Null(SurveyScore.Nps([]).Value);
    }

    [Fact]
    public void Ru_FormatsWithDecimalCommaAndGrouping()
    {
        Assert.Equal("1 234 567", Ru.N(1234567).Replace('\u00A0', ' ').Replace('\u202F', ' '));
        Assert.Equal("12,5 %", Ru.Pct(0.125));
        Assert.Equal("+3,0 %", Ru.Change(3));
        Assert.Equal("31.12.2025", Ru.Date(new DateOnly(2025, 12, 31)));
    }
}
