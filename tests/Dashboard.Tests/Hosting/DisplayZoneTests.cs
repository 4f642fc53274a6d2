using Analytics.Engine.Time;
using Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Hosting;

/// <summary>
/// D22 / #15.6: the host's clock tells local time in <c>Jobs:TimeZone</c>, so every page and query that asks it for
/// "today" or "this year" agrees with <see cref="DisplayTime"/>, whatever zone the server itself runs in.
/// </summary>
public class DisplayZoneTests
{
    [Theory]
    [InlineData(null, "Europe/Moscow")]
    [InlineData("Asia/Yekaterinburg", "Asia/Yekaterinburg")]
    public async Task TheHostsClock_TellsLocalTimeInJobsTimeZone(string? setting, string expected)
    {
        await using var factory = new DashboardFactory(setting is null ? null : new Dictionary<string, string?> { ["Jobs:TimeZone"] = setting });

        var clock = factory.Services.GetRequiredService<TimeProvider>();
        var display = factory.Services.GetRequiredService<DisplayTime>();

        Assert.Equal(expected, clock.LocalTimeZone.Id);
        Assert.Equal(display.Now.Offset, clock.GetLocalNow().Offset);
        Assert.Equal(display.Today, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
    }
}
