namespace Analytics.Engine.Tests.Demo;

public class DemoIntegrityTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    [Fact]
    public void Generate_WritesOneCompanyFiveBranchesFortyOffices_WhenRun()
    {
        Assert.Equal(1, demo.Scalar<long>("SELECT count(*) FROM org_unit WHERE level = 'company' AND parent_code IS NULL"));
        Assert.Equal(5, demo.Scalar<long>("SELECT count(*) FROM org_unit b JOIN org_unit c ON c.code = b.parent_code AND c.level = 'company' WHERE b.level = 'branch'"));
        Assert.Equal(40, demo.Scalar<long>("SELECT count(*) FROM org_unit o JOIN org_unit b ON b.code = o.parent_code AND b.level = 'branch' WHERE o.level = 'office' AND o.category IN (1, 2, 3)"));
        Assert.Equal(3, demo.Scalar<long>("SELECT count(DISTINCT category) FROM org_unit WHERE level = 'office'"));
        Assert.True(demo.Scalar<long>("SELECT count(DISTINCT time_zone) FROM org_unit WHERE level = 'branch'") >= 2);
    }

    [Fact]
    public void Generate_WritesScaledVolumes_WhenScaleIsSmall()
    {
        var rows = demo.Summary.Rows;
        Assert.InRange(rows["appeal"], 9_000, 11_000);
        Assert.InRange(rows["queue_visit"], 12_000, 19_000);
        Assert.True(rows["appeal_measure"] > 500);
        Assert.True(rows["call_interval"] > 10_000);
        Assert.True(rows["control_call"] > 100);
        Assert.Equal(6 * 4 * 9, rows["plan"]);
        Assert.Equal(rows["appeal"], demo.Scalar<long>("SELECT count(*) FROM appeal"));
        Assert.Equal(demo.Summary.TotalRows, rows.Values.Sum());
    }

    [Fact]
    public void Generate_KeepsReferences_WhenRun()
    {
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM appeal a LEFT JOIN org_unit o ON o.code = a.office_code AND o.level = 'office' WHERE o.code IS NULL"));
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM appeal a LEFT JOIN channel c ON c.code = a.channel WHERE c.code IS NULL"));
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM appeal_measure m LEFT JOIN appeal a USING (register_no) WHERE a.register_no IS NULL"));
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM control_call c LEFT JOIN appeal a ON a.register_no = c.register_no AND a.kind = 'complaint' WHERE a.register_no IS NULL"));
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM queue_visit q LEFT JOIN org_unit o ON o.code = q.office_code WHERE o.code IS NULL"));
        Assert.Equal(0, demo.Scalar<long>("""
            SELECT count(*) FROM appeal f LEFT JOIN appeal p ON p.register_no = f.follow_up_of
            WHERE f.follow_up_of IS NOT NULL AND (p.register_no IS NULL OR p.consumer_key <> f.consumer_key OR p.received_at >= f.received_at)
            """));
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM plan p LEFT JOIN org_unit o ON o.code = p.scope_code WHERE o.code IS NULL"));
    }

    [Fact]
    public void Generate_CoversEveryChannelKindAndTopic_WhenRun()
    {
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM channel c WHERE NOT EXISTS (SELECT 1 FROM appeal a WHERE a.channel = c.code)"));
        Assert.Equal(5, demo.Scalar<long>("SELECT count(DISTINCT kind) FROM appeal"));
        Assert.Equal(
            ["billing_payments", "contracts", "information", "metering_readings", "other", "outages_quality", "staff_service", "tech_connection"],
            demo.Query<string>("SELECT DISTINCT topic FROM appeal ORDER BY topic"));
        Assert.Equal(2, demo.Scalar<long>("SELECT count(DISTINCT consumer_type) FROM appeal"));
        Assert.Equal(6, demo.Scalar<long>("SELECT count(DISTINCT status) FROM appeal"));
        Assert.True(demo.Scalar<long>("SELECT count(*) FROM appeal WHERE outcome = 'tc_contract'") > 0);
        Assert.True(demo.Scalar<long>("SELECT count(*) FROM appeal WHERE outcome = 'transmission_contract'") > 0);
    }

    [Fact]
    public void Generate_OrdersTimestamps_WhenRun()
    {
        Assert.Equal(0, demo.Scalar<long>("""
            SELECT count(*) FROM appeal
            WHERE registered_at < received_at OR answered_at < registered_at OR due_at < registered_at
               OR extended_to <= due_at OR received_at > TIMESTAMP '2026-11-24 23:59:59' OR answered_at > TIMESTAMP '2026-11-24 23:59:59'
               OR received_at < TIMESTAMP '2023-01-01'
            """));
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM appeal WHERE (answered_at IS NULL) <> (status IN ('open', 'in_progress'))"));
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM queue_visit WHERE called_at < issued_at OR finished_at < called_at"));
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM call_interval WHERE answered + abandoned <> offered OR answered_in_norm > answered OR closed_by_ivr + closed_by_operator <> answered"));
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM control_call c JOIN appeal a USING (register_no) WHERE c.called_at <= a.answered_at OR (NOT c.reached AND c.satisfied IS NOT NULL)"));
    }

    [Fact]
    public void Generate_SetsNormDueDates_WhenAppealsAreRegistered()
    {
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM appeal WHERE consumer_type = 'individual' AND date_diff('day', CAST(registered_at AS DATE), CAST(due_at AS DATE)) <> 30"));
        // Fifteen working days without holidays: three weeks, never ending on a weekend.
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM appeal WHERE consumer_type = 'legal' AND (date_diff('day', CAST(registered_at AS DATE), CAST(due_at AS DATE)) NOT BETWEEN 19 AND 23 OR dayofweek(due_at) IN (0, 6))"));
    }

    [Fact]
    public void Generate_ComposesVariedRussianTexts_WhenRun()
    {
        var distinctShare = demo.Scalar<double>("SELECT count(DISTINCT text) / count(*) FROM appeal");
        Assert.True(distinctShare > 0.9, $"distinct share {distinctShare}");
        Assert.Equal(0, demo.Scalar<long>("SELECT count(*) FROM appeal WHERE text IS NULL OR length(text) < 20 OR text LIKE '%{%' OR NOT regexp_matches(text, '[А-Яа-я]')"));
    }

    [Fact]
    public void Generate_LinksRepeatedAppeals_WhenConsumersComeBack()
    {
        Assert.True(demo.Scalar<long>("SELECT count(*) FROM (SELECT consumer_key FROM appeal GROUP BY 1 HAVING count(*) > 1)") > 100);
        var dissatisfied = demo.Scalar<long>("""
            SELECT count(*) FROM appeal f JOIN appeal_measure m ON m.register_no = f.follow_up_of
            WHERE f.kind = 'complaint' AND f.received_at > m.completed_at AND f.received_at <= m.completed_at + INTERVAL 42 DAY
            """);
        Assert.True(dissatisfied > 5, $"dissatisfied follow-ups {dissatisfied}");
    }
}
