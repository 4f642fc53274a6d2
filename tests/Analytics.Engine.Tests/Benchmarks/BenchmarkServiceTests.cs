using Analytics.Engine.Benchmarks;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Benchmarks;

public class BenchmarkServiceTests
{
    private static UnitPeriodResult Unit(string code, double? value, long n, bool insufficient = false) =>
        new(OrgLevel.Office, code, code, Granularity.Year, new DateOnly(2025, 1, 1), "2025",
            [new IndicatorValue("execution", null, n, null, null, 0,
                [new CriterionResult("exec.appeals_on_time", "execution", value, n, null, null, 1, null, 1, insufficient)])]);

    private static IndicatorResultSet Set(params UnitPeriodResult[] rows) =>
        new("standard", 1, MethodologyMode.Standard, OrgLevel.Office, Granularity.Year, null, null, rows);

    [Fact]
    public void Rank_OrdersByValue_AndFlagsOutlierSignificant()
    {
        var set = Set(Unit("A", 0.95, 400), Unit("B", 0.94, 400), Unit("C", 0.70, 400), Unit("D", 0.93, 10, insufficient: true));

        var ranking = BenchmarkService.Rank(set, new DateOnly(2025, 1, 1), "exec.appeals_on_time");

        Assert.Equal(["A", "B", "C", "D"], ranking.Select(r => r.UnitCode));
        Assert.Equal([1, 2, 3, null], ranking.Select(r => r.Rank));
        Assert.True(ranking.Single(r => r.UnitCode == "C").Significant);
        Assert.False(ranking.Single(r => r.UnitCode == "B").Significant);
        Assert.Equal(0.94, ranking[0].Value!.Value - ranking[0].DifferenceFromMedian!.Value, 10);
    }

    private static UnitPeriodResult Indicator(string code, double value, double lower, double upper) =>
        new(OrgLevel.Branch, code, code, Granularity.Year, new DateOnly(2025, 1, 1), "2025",
            [new IndicatorValue("execution", value, 500, lower, upper, 1,
                [new CriterionResult("exec.appeals_on_time", "execution", value, 500, lower, upper, 1, value * 100, 1, false)])]);

    /// <summary>An indicator has no binomial n: its interval decides (D7: "Значимо" was empty for every indicator row).</summary>
    [Fact]
    public void Rank_AnIndicator_IsTestedByItsInterval()
    {
        var set = Set(Indicator("A", 0.90, 0.88, 0.92), Indicator("B", 0.89, 0.87, 0.91), Indicator("C", 0.88, 0.86, 0.90),
            Indicator("D", 0.30, 0.20, 0.40), Indicator("E", 0.91, 0.89, 0.93));

        var ranking = BenchmarkService.Rank(set, new DateOnly(2025, 1, 1), "execution");

        var d = ranking.Single(r => r.UnitCode == "D");
        Assert.True(d.Significant);
        Assert.True(d.DifferenceFromMedian < 0);
        Assert.False(ranking.Single(r => r.UnitCode == "B").Significant);
    }

    [Fact]
    public void Rank_Empty_WhenNoRowsInPeriod() =>
        Assert.Empty(BenchmarkService.Rank(Set(), new DateOnly(2025, 1, 1), "exec.appeals_on_time"));

    [Fact]
    public void LoadPeers_StoresPublishedFigures_WithTheirSource()
    {
        using var db = new TempStore();
        var service = new BenchmarkService(db.Store);
        var json = PeerFile();

        Assert.Equal(6, service.LoadPeers(json, "published-service-quality.json"));
        var peers = service.Peers("service_quality");
        Assert.Equal(0.92856, peers.Single(p => p.Peer == "Permenergo" && p.Kind == "actual").Value);
        Assert.All(peers, p => Assert.Contains("IDGC of Urals", p.Source));
    }

    [Fact]
    public void LoadPeers_Refuses_WhenFigureHasNoSource()
    {
        using var db = new TempStore();
        const string json = """{"figures":[{"peer":"X","year":2020,"target":"t","kind":"actual","value":1}]}""";
        Assert.Throws<InvalidDataException>(() => new BenchmarkService(db.Store).LoadPeers(json, "bad.json"));
    }

    private static string PeerFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var f = Path.Combine(dir.FullName, "data", "benchmarks", "published-service-quality.json");
            if (File.Exists(f)) return File.ReadAllText(f);
        }
        throw new FileNotFoundException("data/benchmarks/published-service-quality.json");
    }
}
