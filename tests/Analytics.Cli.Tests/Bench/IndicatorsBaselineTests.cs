using Analytics.Cli.Bench;
using Analytics.Engine.Compliance;
using Analytics.Engine.Indicators;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Bench;

/// <summary>
/// <c>bench indicators</c> compares the engine with one hand-written DuckDB query: that ratio means something only if
/// the query computes the engine's counts. Checked on a small copy of the bench data (6,000 appeals, 1,000 surveys).
/// </summary>
public class IndicatorsBaselineTests
{
    private sealed record Hand(DateTime Month, string Office, string? Criterion, long C1, long C2, long C3, long C4, long C5, long C6)
    {
        public Hand(DateTime month, string office, string? criterion, params long[] c) : this(month, office, criterion, c[0], c[1], c[2], c[3], c[4], c[5]) { }
    }

    private static List<object[]> Rows(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add([.. row.Select(v => v is DBNull ? null! : v)]);
        }
        return rows;
    }

    [Fact]
    public void HandWrittenCounts_EqualTheEnginesCounts_OnTheBenchData()
    {
        using var store = AnalyticsStore.At(Path.Combine(TestFolders.New(), "bench.duckdb"));
        new StoreMigrator(store).Migrate();
        BenchData.Generate(store, 0.01);
        CalendarDayTable.Fill(store);
        new IndicatorService(store).Refresh(BenchData.AllMonths);

        using var c = store.Open();
        var engine = Rows(c, "SELECT CAST(month AS TIMESTAMP), unit_code, measure, successes, n FROM indicator_count")
            .ToDictionary(r => (Month: (DateTime)r[0], Unit: (string)r[1], Measure: (string)r[2]), r => ((long)Convert.ToDouble(r[3]), Convert.ToInt64(r[4].ToString())));
        var hand = Rows(c, $"SELECT CAST(month AS TIMESTAMP), office_code, criterion, c1::BIGINT, c2::BIGINT, c3::BIGINT, c4::BIGINT, c5::BIGINT, c6::BIGINT FROM ({BenchData.HandWrittenCounts})")
            .Select(r => new Hand((DateTime)r[0], (string)r[1], r[2] as string, [.. r[3..].Select(v => Convert.ToInt64(v))])).ToList();

        (long, long) Engine(Hand h, string measure) => engine.TryGetValue((h.Month, h.Office, measure), out var e) ? e : (0L, 0L);
        var appeals = hand.Where(h => h.Criterion is null).ToList();
        var surveys = hand.Where(h => h.Criterion is not null).ToList();
        Assert.Equal(engine.Keys.Count(k => k.Measure == "appeals.onTime"), appeals.Count);
        Assert.Equal(engine.Keys.Count(k => k.Measure.StartsWith("forms.csat:", StringComparison.Ordinal)), surveys.Count);
        Assert.All(appeals, h =>
        {
            Assert.Equal(Engine(h, "appeals.onTime"), (h.C1, h.C2));
            Assert.Equal(Engine(h, "appeals.poorQuality"), (h.C3, h.C6));
            Assert.Equal(Engine(h, "appeals.withMeasures"), (h.C4, h.C6));
            Assert.Equal(Engine(h, "appeals.repeatDissatisfaction"), (h.C5, h.C6));
        });
        Assert.All(surveys, h =>
        {
            Assert.Equal(Engine(h, $"forms.csat:{h.Criterion}"), (h.C1, h.C2));
            Assert.Equal(Engine(h, $"forms.nps:{h.Criterion}").Item2, h.C4);
            Assert.Equal(Engine(h, $"forms.nps:{h.Criterion}").Item1, h.C3);
            Assert.Equal(Engine(h, $"forms.ces:{h.Criterion}"), (h.C5, h.C6));
        });
    }
}
