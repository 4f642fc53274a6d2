using Analytics.Engine.Demo;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Store.Ingest.Mapping;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Store.Ingest;

/// <summary>
/// README's samples are what a newcomer imports first, into the demo organisation (D8): each sample, in README order,
/// imports into a fresh demo store with no reject (offices, call centres and units use the demo's codes).
/// </summary>
public class SamplesIntoDemoTests
{
    [Fact]
    public void Import_RejectsNothing_WhenEverySampleGoesIntoTheDemoOrganisation()
    {
        using var temp = new TempStore();
        new DemoGenerator().Generate(temp.Store, new DemoOptions { Scale = 0.01, Seed = 7, Today = new DateOnly(2026, 11, 24) },
            null, TestContext.Current.CancellationToken);
        var samples = new (ImportKind Kind, string File, string? Map)[]
        {
            (ImportKind.Org, "org.csv", null), (ImportKind.Appeals, "appeals.csv", null), (ImportKind.Appeals, "appeals-1251.csv", null),
            (ImportKind.Appeals, "appeals-mapped.csv", "map-example.json"), (ImportKind.Queue, "queue.csv", null),
            (ImportKind.Calls, "calls.csv", null), (ImportKind.Calls, "calls-records.csv", null),
            (ImportKind.ControlCalls, "control-calls.csv", null), (ImportKind.Plans, "plans.csv", null),
            (ImportKind.Responses, "responses.csv", null),
        };
        Assert.Equal(Directory.GetFiles(Path.GetDirectoryName(Sample("org.csv"))!, "*.csv").Length, samples.Length);

        foreach (var (kind, file, map) in samples)
        {
            var s = new ImportService(temp.Store).Import(kind, Sample(file),
                map is null ? null : new ImportOptions { Map = ColumnMap.Load(Sample(map)) }, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(s.Rejected == 0, $"{file}: " + string.Join("; ", s.Rejects.Select(r => $"{r.Line} {r.Column}: {r.Reason}")));
            Assert.True(s.Read > 0, file);
        }
    }

    private static string Sample(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "data", "samples", name);
    }
}
