using System.Diagnostics;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Composer.Skia;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Store;

namespace Analytics.Cli.Bench;

/// <summary>
/// <c>bench pdf</c>: the Declaration of Conformity of a demo organisation (--scale = offices, default 300:
/// about 40 pages, 10 charts, 4 photos) — data gathering plus layout and PDF writing, and the file size.
/// Baseline, same run: the same Declaration document with its charts removed (same gathering, same text and
/// tables), so the ratio shows what the vector charts cost. Each figure is the median of 5 runs after a warm-up.
/// </summary>
public sealed class PdfBenchmark : IBenchmark
{
    private const int Year = 2025;
    private const int Runs = 5;

    public string Name => "pdf";

    public string Description => "Declaration of Conformity PDF: time and size (targets ≤ 2 s, ≤ 2 MB)";

    public IReadOnlyList<BenchResult> Run(BenchContext context)
    {
        var offices = context.Scale ?? 300;
        var path = Path.Combine(context.WorkDirectory, "pdf-bench.duckdb");
        using var store = AnalyticsStore.At(path);
        new StoreMigrator(store).Migrate();
        context.Progress.Report($"pdf: generating a demo store with {offices} offices");
        PdfBenchData.Fill(store, offices, Year);

        var options = new ReportOptions { SignatoryName = "И. И. Иванов" };
        var renderer = new SkiaPdfRenderer();
        ReportDocument Document(bool charts)
        {
            var doc = DeclarationLayout.Build(new DeclarationBuilder(store, options).Build(null, Year), options);
            if (!charts) doc.Blocks.RemoveAll(b => b is ChartBlock);
            return doc;
        }
        (double Ms, long Bytes, int Pages, int Charts) Measure(bool charts)
        {
            var watch = Stopwatch.StartNew();
            var doc = Document(charts);
            using var output = new MemoryStream();
            var result = renderer.Render(doc, output);
            watch.Stop();
            return (watch.Elapsed.TotalMilliseconds, output.Length, result.PageCount, doc.Blocks.Count(b => b is ChartBlock));
        }

        Measure(true); // warm-up: JIT, font loading, DuckDB caches
        Measure(false);
        var full = new List<(double Ms, long Bytes, int Pages, int Charts)>();
        var plain = new List<(double Ms, long Bytes, int Pages, int Charts)>();
        for (var i = 0; i < Runs; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            full.Add(Measure(true));
            plain.Add(Measure(false));
        }
        var (ms, baseMs) = (Median(full.Select(r => r.Ms)), Median(plain.Select(r => r.Ms)));
        var (bytes, baseBytes) = (full[0].Bytes, plain[0].Bytes);
        var pages = full[0].Pages;
        context.Progress.Report($"pdf: {pages} pages, {full[0].Charts} charts, {bytes / 1024.0:0} KB");
        return
        [
            new BenchResult("pdf.declaration.time", ms, "ms", "same document without charts", baseMs, baseMs > 0 ? ms / baseMs : null, "≤ 2000 ms", pages),
            new BenchResult("pdf.declaration.size", bytes / 1024.0, "KB", "same document without charts", baseBytes / 1024.0, baseBytes > 0 ? (double)bytes / baseBytes : null, "≤ 2048 KB", pages),
            new BenchResult("pdf.declaration.ms_per_page", ms / pages, "ms", "same document without charts", baseMs / plain[0].Pages, baseMs > 0 ? ms / pages / (baseMs / plain[0].Pages) : null, "—", pages),
        ];
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
