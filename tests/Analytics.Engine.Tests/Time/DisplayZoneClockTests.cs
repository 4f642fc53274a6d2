using Analytics.Engine.Time;

namespace Analytics.Engine.Tests.Time;

/// <summary>
/// D22 / #15.6: "today" and "this year" are the display zone's, not the server's. A UTC server at 22:30 on 31
/// December is already in the new year in Moscow; every page and query asking the clock for local time must say so.
/// </summary>
public class DisplayZoneClockTests
{
    private sealed class FixedClock(DateTimeOffset utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utc;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc; // the server's zone, which must not leak through
    }

    [Fact]
    public void LocalNow_IsTheDisplayZones_NotTheServers()
    {
        var clock = new DisplayZoneClock(new FixedClock(new DateTimeOffset(2026, 12, 31, 22, 30, 0, TimeSpan.Zero)), DisplayTime.FindZone("Europe/Moscow"));

        var local = clock.GetLocalNow();

        Assert.Equal(new DateTime(2027, 1, 1, 1, 30, 0), local.DateTime);
        Assert.Equal(TimeSpan.FromHours(3), local.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 22, 30, 0, TimeSpan.Zero), clock.GetUtcNow());
    }
}
