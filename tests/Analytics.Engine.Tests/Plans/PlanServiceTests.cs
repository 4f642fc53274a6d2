using System.Globalization;
using Analytics.Engine.Methodology;
using Analytics.Engine.Plans;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Plans;

public class PlanServiceTests
{
    [Fact]
    public void Outcome_IsZeroForAllBranches_WhenPublishedCaseA()
    {
        using var cases = SharedData.PublishedCases();
        var pvf = cases.RootElement.GetProperty("planVersusFact");
        var tolerance = pvf.GetProperty("tolerance").GetDouble();
        var rows = pvf.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
            Assert.Equal(0, PlanService.Outcome(row.GetProperty("plan").GetDouble(), row.GetProperty("actual").GetDouble(), tolerance, Direction.Lower));
    }

    [Fact]
    public void Trajectory_MatchesPublishedCaseC_WhenEachCaseRun()
    {
        using var cases = SharedData.PublishedCases();
        foreach (var t in cases.RootElement.GetProperty("trajectories").EnumerateArray())
        {
            var rounding = t.GetProperty("rounding").GetString() == "eachStep4dp" ? TrajectoryRounding.EachStep4dp : TrajectoryRounding.None;
            var expected = t.TryGetProperty("expected4dp", out var e4) ? e4 : t.GetProperty("expected");
            var years = expected.EnumerateObject().Select(p => int.Parse(p.Name, CultureInfo.InvariantCulture)).ToList();
            var points = PlanService.Trajectory(t.GetProperty("base").GetDouble(), t.GetProperty("baseYear").GetInt32(), years.Max(),
                t.GetProperty("yearlyFactor").GetDouble(), rounding);
            foreach (var p in expected.EnumerateObject())
            {
                var point = points.Single(x => x.Year == int.Parse(p.Name, CultureInfo.InvariantCulture));
                Assert.Equal(p.Value.GetDouble(), Math.Round(point.Value, 4, MidpointRounding.AwayFromZero), 10);
            }
        }
    }

    [Fact]
    public void Trajectory_DiffersInLastYears_WhenUnroundedTulaCase()
    {
        var points = PlanService.Trajectory(0.0381, 2014, 2017, 0.985, TrajectoryRounding.None);
        Assert.Equal([0.0375, 0.0370, 0.0364], points.Select(p => Math.Round(p.Value, 4)));
    }

    [Theory]
    [InlineData(1.0, 0.69, Direction.Lower, 1)]
    [InlineData(1.0, 0.70, Direction.Lower, 0)]
    [InlineData(1.0, 1.30, Direction.Lower, 0)]
    [InlineData(1.0, 1.31, Direction.Lower, -1)]
    [InlineData(1.0, 1.31, Direction.Higher, 1)]
    [InlineData(1.0, 0.69, Direction.Higher, -1)]
    public void Outcome_FollowsToleranceBand_WhenAtBoundaries(double plan, double actual, Direction direction, int expected) =>
        Assert.Equal(expected, PlanService.Outcome(plan, actual, 0.30, direction));

    [Fact]
    public void Generalized_IsWeightedSum_WhenDefaultCoefficients()
    {
        GeneralizedCoefficient[] k = [new("reliability", 0.65, "s"), new("connection", 0.25, "s"), new("service", 0.1, "s")];
        var value = PlanService.Generalized(new Dictionary<string, int> { ["reliability"] = 1, ["connection"] = -1, ["service"] = 0 }, k);
        Assert.Equal(0.40, value, 10);
    }

    [Fact]
    public void Trajectory_Empty_WhenToYearNotAfterBase() => Assert.Empty(PlanService.Trajectory(1, 2020, 2020));
}

public class DynamicsTests
{
    [Fact]
    public void Of_GivesRatioAndPercent_WhenPreviousPositive()
    {
        var d = Dynamics.Of(80, 100);
        Assert.Equal(1.25, d.Ratio);
        Assert.Equal(25, d.ChangePercent);
        Assert.Equal("+25.0 %", d.Display);
    }

    [Fact]
    public void Of_IsDash_WhenPreviousZero()
    {
        var d = Dynamics.Of(0, 5);
        Assert.Null(d.Ratio);
        Assert.Null(d.ChangePercent);
        Assert.Equal("—", d.Display);
    }

    [Fact]
    public void Of_IsNoChange_WhenBothZero() => Assert.Equal(0, Dynamics.Of(0, 0).ChangePercent);
}
