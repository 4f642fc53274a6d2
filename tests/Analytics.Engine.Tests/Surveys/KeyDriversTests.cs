using Analytics.Engine.Surveys;

namespace Analytics.Engine.Tests.Surveys;

public sealed class KeyDriversTests
{
    [Fact]
    public void Staff_drives_satisfaction_more_than_information_and_is_fixed_first_when_weak()
    {
        using var s = new SurveyStore();
        var r = new Random(5);
        for (var i = 0; i < 120; i++)
        {
            var staff = 1 + r.Next(5);
            var info = 1 + r.Next(5);
            // Satisfaction follows staff closely and information a little; staff is mostly rated low (weak).
            var csat = Math.Clamp((int)Math.Round(0.8 * staff + 0.25 * info + 0.4 * (r.NextDouble() - 0.5)), 1, 5);
            s.Add("A", new DateTime(2026, 1, 1 + i % 28, 10, 0, 0), nps: 5, csat, ces: 1 + r.Next(7), extra: [("staff", staff), ("info", info)]);
        }

        var d = new KeyDrivers(s.Db.Store).Load(new SurveyFilter("client-satisfaction"), "csat", ["staff", "info", "ces", "resolved"]);

        Assert.False(d.Insufficient);
        Assert.Equal(120, d.N);
        // "resolved" is "yes" in every response: no variance, so it is not a driver.
        Assert.Equal(["staff", "info", "ces"], d.Drivers.Select(x => x.Code));
        Assert.All(d.Drivers, x => Assert.InRange(x.Importance, x.Low, x.High));
        Assert.Equal(d.RSquared, d.Drivers.Sum(x => x.Importance), 9);
    }

    [Fact]
    public void Few_responses_give_no_weights()
    {
        using var s = SurveyStore.HandChecked();
        var d = new KeyDrivers(s.Db.Store).Load(new SurveyFilter("client-satisfaction"));
        Assert.Equal("csat", d.Target);
        Assert.True(d.Insufficient);
        Assert.Empty(d.Drivers);
        Assert.Throws<ArgumentException>(() => new KeyDrivers(s.Db.Store).Load(new SurveyFilter("client-satisfaction"), "comment"));
    }
}
