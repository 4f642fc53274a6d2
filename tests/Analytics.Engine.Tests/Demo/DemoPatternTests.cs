namespace Analytics.Engine.Tests.Demo;

public class DemoPatternTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    private const string LateShareSql = """
        SELECT avg(CASE WHEN coalesce(answered_at, TIMESTAMP '2026-11-24 23:59:59') > coalesce(extended_to, due_at) THEN 1 ELSE 0 END)
        FROM appeal a JOIN org_unit o ON o.code = a.office_code
        WHERE o.parent_code = '{0}' AND year(registered_at) = {1} AND (answered_at IS NOT NULL OR due_at < TIMESTAMP '2026-11-24')
        """;

    private double LateShare(string branch, int year) => demo.Scalar<double>(string.Format(System.Globalization.CultureInfo.InvariantCulture, LateShareSql, branch, year));

    [Fact]
    public void Generate_MakesArkhangelskWorstAtDeadlines_WhenRun()
    {
        var arkhangelsk = LateShare("ESZ-ARH", 2024);
        Assert.True(arkhangelsk > 2 * LateShare("ESZ-SPB", 2024), $"ARH {arkhangelsk}");
        Assert.True(arkhangelsk > LateShare("ESZ-MUR", 2024));
    }

    [Fact]
    public void Generate_MakesKaliningradImprove_WhenYearsPass()
    {
        Assert.True(LateShare("ESZ-KGD", 2023) > LateShare("ESZ-KGD", 2025) + 0.03);
    }

    [Fact]
    public void Generate_GrowsInternetShare_WhenYearsPass()
    {
        var shares = demo.Query<double>("""
            SELECT avg(CASE WHEN c.report_group = 'internet' THEN 1 ELSE 0 END)
            FROM appeal a JOIN channel c ON c.code = a.channel GROUP BY year(received_at) ORDER BY year(received_at)
            """);
        Assert.Equal(4, shares.Count);
        Assert.True(shares[3] > shares[0] * 1.4, string.Join(", ", shares));
        var phoneAndInPerson = demo.Scalar<double>("SELECT avg(CASE WHEN channel IN ('phone', 'in_person') THEN 1 ELSE 0 END) FROM appeal");
        Assert.True(phoneAndInPerson > 0.5);
    }

    [Fact]
    public void Generate_PeaksBillingInWinterAndOutagesInSummer_WhenRun()
    {
        Assert.True(demo.Scalar<long>("SELECT count(*) FROM appeal WHERE topic = 'billing_payments' AND month(received_at) IN (1, 2)")
            > 1.5 * demo.Scalar<long>("SELECT count(*) FROM appeal WHERE topic = 'billing_payments' AND month(received_at) IN (7, 8)"));
        Assert.True(demo.Scalar<long>("SELECT count(*) FROM appeal WHERE topic = 'outages_quality' AND month(received_at) IN (7, 8)")
            > 1.5 * demo.Scalar<long>("SELECT count(*) FROM appeal WHERE topic = 'outages_quality' AND month(received_at) IN (1, 2)"));
    }

    [Fact]
    public void Generate_KeepsMostWaitsUnderNorm_WhileCongestedOfficesExceedIt()
    {
        var within = demo.Scalar<double>("SELECT avg(CASE WHEN called_at - issued_at <= INTERVAL 20 MINUTE THEN 1 ELSE 0 END) FROM queue_visit WHERE called_at IS NOT NULL");
        Assert.InRange(within, 0.75, 0.97);
        var worstOfficeAverage = demo.Scalar<double>("""
            SELECT max(m) FROM (SELECT avg(epoch(called_at - issued_at)) / 60 AS m FROM queue_visit WHERE called_at IS NOT NULL GROUP BY office_code)
            """);
        Assert.True(worstOfficeAverage > 20, $"worst average wait {worstOfficeAverage}");
        var reception = demo.Scalar<double>("SELECT avg(epoch(finished_at - called_at)) / 60 FROM queue_visit WHERE finished_at IS NOT NULL");
        Assert.InRange(reception, 9, 16);
    }

    [Fact]
    public void Generate_AnswersMostCallsWithinNorm_WhenRun()
    {
        var inNorm = demo.Scalar<double>("SELECT sum(answered_in_norm) / sum(answered) FROM call_interval");
        Assert.InRange(inNorm, 0.7, 0.95);
        Assert.Equal(40, demo.Scalar<int>("SELECT min(norm_seconds) FROM call_interval"));
        Assert.Equal(5, demo.Scalar<long>("SELECT count(DISTINCT center_code) FROM call_interval"));
    }

    [Fact]
    public void Generate_WritesServiceQualityTrajectory_WhenPlansAreWritten()
    {
        var plans = demo.Query<double>("SELECT value FROM plan WHERE scope_code = 'ESZ' AND target = 'service_quality' ORDER BY year");
        Assert.Equal([1.0102, 0.995, 0.9801, 0.9654], plans);
        Assert.Equal(0.95, demo.Scalar<double>("SELECT value FROM plan WHERE scope_code = 'ESZ-ARH' AND year = 2026 AND target = 'appeals_on_time_share'"));
    }

    [Fact]
    public void Generate_LeavesSomeAppealsOpen_InTheCurrentYear()
    {
        Assert.True(demo.Scalar<long>("SELECT count(*) FROM appeal WHERE answered_at IS NULL AND year(registered_at) = 2026") > 0);
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM appeal WHERE answered_at IS NULL AND year(registered_at) < 2026"));
    }
}
