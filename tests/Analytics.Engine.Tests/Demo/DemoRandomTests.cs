using Analytics.Engine.Demo;

namespace Analytics.Engine.Tests.Demo;

public class DemoRandomTests
{
    private const ulong PinnedFirstValue = 13446287977481277694UL;

    [Fact]
    public void NextULong_RepeatsSequence_WhenSeedAndStreamAreTheSame()
    {
        var a = new DemoRandom(42, "appeals");
        var b = new DemoRandom(42, "appeals");
        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextULong()), Enumerable.Range(0, 100).Select(_ => b.NextULong()));
    }

    [Fact]
    public void NextULong_Differs_WhenStreamDiffers()
    {
        Assert.NotEqual(new DemoRandom(42, "appeals").NextULong(), new DemoRandom(42, "queue").NextULong());
        Assert.NotEqual(new DemoRandom(42, "appeals").NextULong(), new DemoRandom(43, "appeals").NextULong());
    }

    [Fact]
    public void NextULong_GivesKnownFirstValue_ForSeed42()
    {
        // Pins the algorithm: a change here changes every demo store.
        Assert.Equal(PinnedFirstValue, new DemoRandom(42, "appeals").NextULong());
        Assert.Equal(0xaf63dc4c8601ec8cUL, DemoRandom.Fnv1a("a"));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(4)]
    [InlineData(120)]
    public void Poisson_HasTheRequestedMean_WhenDrawnOften(double mean)
    {
        var rng = new DemoRandom(1, "poisson");
        var average = Enumerable.Range(0, 20_000).Average(_ => rng.Poisson(mean));
        Assert.InRange(average, mean * 0.95 - 0.01, mean * 1.05 + 0.01);
    }

    [Fact]
    public void Next_StaysInRange_WhenDrawnOften()
    {
        var rng = new DemoRandom(1, "range");
        var values = Enumerable.Range(0, 10_000).Select(_ => rng.Next(7)).ToList();
        Assert.Equal(0, values.Min());
        Assert.Equal(6, values.Max());
        Assert.All(Enumerable.Range(0, 1000).Select(_ => rng.NextDouble()), x => Assert.InRange(x, 0, 0.9999999999));
    }

    [Fact]
    public void Weighted_NeverPicksZeroWeight_WhenOthersArePositive()
    {
        var rng = new DemoRandom(1, "weights");
        Assert.DoesNotContain(Enumerable.Range(0, 5000).Select(_ => rng.Weighted([1.0, 0.0, 2.0])), i => i == 1);
    }
}
