using Analytics.Engine.Demo;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Demo;

/// <summary>
/// The demo writes nothing after "now" (#15.6, D11): on 03.12.2026 at 10:45 Moscow time no appeal is received,
/// registered or answered later, no ticket is issued, called or finished later, no call interval ends later, no
/// control call or measure is later, and no questionnaire or audit is submitted later (submissions are stored in UTC).
/// </summary>
public class DemoNowTests
{
    private static readonly DateTime MoscowNow = new(2026, 12, 3, 10, 45, 0);
    private static readonly DateTime UtcNow = MoscowNow.AddHours(-3);

    [Fact]
    public void Demo_HasNoRecordAfterNow_InMoscowTime()
    {
        using var temp = new TempStore();
        new DemoSuite().Generate(temp.Store,
            new DemoOptions { Scale = 0.05, Seed = 11, Today = DateOnly.FromDateTime(MoscowNow), Now = MoscowNow },
            null, TestContext.Current.CancellationToken);
        using var c = temp.Store.Open();
        var p = new { now = MoscowNow, utc = UtcNow };

        Assert.True(c.ExecuteScalar<long>("SELECT count(*) FROM appeal WHERE received_at::DATE = $now::DATE", p) > 0, "today has appeals before now");
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM appeal WHERE received_at > $now OR registered_at > $now OR answered_at > $now", p));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM appeal_measure WHERE completed_at > $now", p));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM queue_visit WHERE issued_at > $now OR called_at > $now OR finished_at > $now", p));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM call_interval WHERE interval_start + INTERVAL 30 MINUTE > $now", p));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM control_call WHERE called_at > $now", p));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM submission WHERE submitted_at > $utc OR finished_at > $utc", p));
        Assert.True(c.ExecuteScalar<long>("SELECT count(*) FROM submission WHERE submitted_at::DATE >= '2026-12-01'", p) > 0, "December has submissions");
    }
}
