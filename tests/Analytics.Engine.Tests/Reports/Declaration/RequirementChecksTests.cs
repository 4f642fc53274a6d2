using Analytics.Engine.Reports.Declaration;

namespace Analytics.Engine.Tests.Reports.Declaration;

public class RequirementChecksTests
{
    [Theory]
    [InlineData(20.0, Conformity.Conforms)]      // exactly the norm
    [InlineData(21.9, Conformity.Partial)]       // within 10 %
    [InlineData(22.0, Conformity.Partial)]
    [InlineData(22.1, Conformity.NotConforms)]
    [InlineData(null, Conformity.NoData)]
    public void AtMost_GradesAverageAgainstNorm(double? fact, Conformity expected) =>
        Assert.Equal(expected, RequirementChecks.AtMost(fact, 20, 0.10));

    [Theory]
    [InlineData(100, 100, 0, Conformity.Conforms)]
    [InlineData(100, 100, 1, Conformity.Partial)]   // all answered, but one still overdue at year end
    [InlineData(90, 100, 0, Conformity.Partial)]
    [InlineData(89, 100, 0, Conformity.NotConforms)]
    [InlineData(0, 0, 0, Conformity.NoData)]
    public void AllOf_GradesShareOfCases(long done, long total, long open, Conformity expected) =>
        Assert.Equal(expected, RequirementChecks.AllOf(done, total, 0.10, open));
}
