using Analytics.Engine.Demo;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Demo;

public class DemoGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    // One order-independent fingerprint per demo table: a sum of row hashes over every column.
    private static readonly string[] Fingerprints =
    [
        "SELECT count(*)::VARCHAR || ':' || sum(hash(COLUMNS(*)))::VARCHAR FROM (SELECT * FROM org_unit)",
        "SELECT count(*)::VARCHAR || ':' || sum(hash(register_no, office_code, consumer_key, consumer_name, consumer_phone, channel, kind, topic, poor_quality, text, received_at, registered_at, due_at, extended_to, answered_at, executor, status, outcome, follow_up_of))::VARCHAR FROM appeal",
        "SELECT count(*)::VARCHAR || ':' || sum(hash(register_no, measure_no, description, completed_at))::VARCHAR FROM appeal_measure",
        "SELECT count(*)::VARCHAR || ':' || sum(hash(office_code, ticket, issued_at, service, called_at, finished_at, window_no, operator))::VARCHAR FROM queue_visit",
        "SELECT count(*)::VARCHAR || ':' || sum(hash(center_code, interval_start, routed_unit, offered, answered, answered_in_norm, wait_seconds_total, handle_seconds_total, closed_by_ivr))::VARCHAR FROM call_interval",
        "SELECT count(*)::VARCHAR || ':' || sum(hash(register_no, called_at, reached, satisfied, comment, caller))::VARCHAR FROM control_call",
        "SELECT count(*)::VARCHAR || ':' || sum(hash(scope_code, year, target, value, tolerance))::VARCHAR FROM plan",
    ];

    private static List<string> Fingerprint(TempStore temp)
    {
        using var connection = temp.Store.Open();
        return Fingerprints.Select(sql => connection.ExecuteScalar<string>(sql)!).ToList();
    }

    private static DemoSummary Run(TempStore temp, int seed, bool replace = false) =>
        new DemoGenerator().Generate(temp.Store, new DemoOptions { Scale = 0.02, Seed = seed, Today = Today, Replace = replace },
            null, TestContext.Current.CancellationToken);

    [Fact]
    public void Generate_WritesIdenticalRows_WhenSeedAndDayAreTheSame()
    {
        using var first = new TempStore();
        using var second = new TempStore(migrate: false);
        Run(first, 11);
        Run(second, 11);

        Assert.Equal(Fingerprint(first), Fingerprint(second));
    }

    [Fact]
    public void Generate_WritesDifferentRows_WhenSeedDiffers()
    {
        using var first = new TempStore();
        using var second = new TempStore();
        Run(first, 11);
        Run(second, 12);

        var a = Fingerprint(first);
        var b = Fingerprint(second);
        Assert.NotEqual(a[1], b[1]);
        Assert.NotEqual(a[3], b[3]);
        Assert.NotEqual(a[4], b[4]);
    }

    [Fact]
    public void Generate_Refuses_WhenStoreAlreadyHasAppeals()
    {
        using var temp = new TempStore();
        Run(temp, 5);
        var before = Fingerprint(temp);

        var ex = Assert.Throws<DemoRefusedException>(() => Run(temp, 6));

        Assert.True(ex.ExistingAppeals > 0);
        Assert.Contains("--force", ex.Message);
        Assert.Equal(before, Fingerprint(temp));
    }

    [Fact]
    public void Generate_ReplacesWithoutDuplicates_WhenForced()
    {
        using var temp = new TempStore();
        Run(temp, 5);
        var before = Fingerprint(temp);

        var summary = Run(temp, 5, replace: true);

        Assert.Equal(before, Fingerprint(temp));
        using var connection = temp.Store.Open();
        Assert.Equal(summary.Rows["appeal"], connection.ExecuteScalar<long>("SELECT count(*) FROM appeal"));
    }

    [Fact]
    public void Generate_Throws_WhenScaleIsNotPositive()
    {
        using var temp = new TempStore();
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DemoGenerator().Generate(temp.Store, new DemoOptions { Scale = 0, Today = Today }, null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Generate_CoversThreeFullYearsAndTheCurrentYear_UpToToday()
    {
        using var temp = new TempStore();
        var summary = Run(temp, 3);

        Assert.Equal(new DateOnly(2023, 1, 1), summary.From);
        Assert.Equal(Today, summary.To);
        using var connection = temp.Store.Open();
        Assert.InRange(connection.ExecuteScalar<DateTime>("SELECT max(received_at) FROM appeal"), new DateTime(2026, 3, 9), new DateTime(2026, 3, 16));
        Assert.InRange(connection.ExecuteScalar<DateTime>("SELECT min(received_at) FROM appeal"), new DateTime(2023, 1, 1), new DateTime(2023, 1, 10));
    }

    [Fact]
    public void Generate_UsesTheGivenCalendar_WhenOneIsPassed()
    {
        using var temp = new TempStore();
        var holiday = new DateOnly(2025, 5, 9);
        new DemoGenerator([new OrgGenerator(), new QueueGenerator()]).Generate(temp.Store,
            new DemoOptions { Scale = 0.05, Today = Today, IsWorkingDay = d => d != holiday && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) },
            null, TestContext.Current.CancellationToken);

        using var connection = temp.Store.Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM queue_visit WHERE CAST(issued_at AS DATE) = DATE '2025-05-09'"));
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM queue_visit WHERE CAST(issued_at AS DATE) = DATE '2025-05-08'") > 0);
    }
}
