using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analytics.Engine.Store;
using Analytics.Engine.Store.Ingest;
using Dapper;

namespace Analytics.Cli.Bench;

/// <summary>
/// <c>bench import</c>: generates <c>--scale</c> million appeal rows as CSV, imports them with our validating importer
/// into a fresh store, and loads the same file with DuckDB's own <c>read_csv</c> into a plain table as the baseline.
/// </summary>
public sealed class ImportBenchmark : IBenchmark
{
    public string Name => "import";
    public string Description => "CSV import of generated appeals vs DuckDB read_csv (ratio of times, target ≤ 2.0)";

    public IReadOnlyList<BenchResult> Run(BenchContext context)
    {
        var rows = (context.Scale ?? 1) * 1_000_000L;
        var csv = Path.Combine(context.WorkDirectory, "appeals.csv");
        context.Progress.Report($"generating {rows:N0} appeal rows");
        Generate(csv, rows);

        var baselineStore = AnalyticsStore.At(Path.Combine(context.WorkDirectory, "baseline.duckdb"));
        var cpu = CpuSeconds();
        var watch = Stopwatch.StartNew();
        using (var connection = baselineStore.Open())
            connection.Execute(BaselineSql(csv));
        var duckSeconds = watch.Elapsed.TotalSeconds;
        var duckCpu = CpuSeconds() - cpu;
        baselineStore.Dispose();
        context.Progress.Report($"DuckDB read_csv: {duckSeconds:0.00} s");

        using var store = AnalyticsStore.At(Path.Combine(context.WorkDirectory, "bench.duckdb"));
        new StoreMigrator(store).Migrate();
        cpu = CpuSeconds();
        watch.Restart();
        var summary = new ImportService(store).Import(ImportKind.Appeals, csv, new ImportOptions(), context.Progress, context.CancellationToken);
        var ourSeconds = watch.Elapsed.TotalSeconds;
        var ourCpu = CpuSeconds() - cpu;
        if (summary.Stored != rows) throw new InvalidOperationException($"bench import stored {summary.Stored} of {rows} rows");
        context.Progress.Report($"our import: {ourSeconds:0.00} s");

        return
        [
            new BenchResult("import.appeals.rows_per_s", rows / ourSeconds, "rows/s", "duckdb read_csv", rows / duckSeconds,
                ourSeconds / duckSeconds, "time ratio ≤ 2.0", rows),
            // CPU seconds beside wall-clock: on shared cores the wall clock mostly measures the neighbours.
            new BenchResult("import.appeals.cpu_seconds", ourCpu, "CPU-s", "duckdb read_csv", duckCpu, ourCpu / duckCpu, "report", rows),
        ];
    }

    /// <summary>
    /// The baseline: DuckDB's own <c>read_csv</c> of the same file into a plain table <c>plain</c> (no validation, no
    /// keys). A test (ImportBaselineTests) checks it reads the rows the importer stores, office by office.
    /// </summary>
    internal static string BaselineSql(string csv) =>
        $"CREATE TABLE plain AS SELECT * FROM read_csv('{csv.Replace("'", "''", StringComparison.Ordinal)}', header = true)";

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    internal static void Generate(string path, long rows)
    {
        string[] kinds = ["Жалоба", "Запрос информации", "Заявка", "Предложение", "Отзыв"];
        string[] channels = ["Телефон", "Очно", "Личный кабинет", "Почта", "Электронная почта"];
        string[] types = ["Физическое лицо", "Юридическое лицо"];
        var random = new Random(42);
        var start = new DateTime(2024, 1, 1, 8, 0, 0);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine("register_no,office_code,consumer_type,channel,kind,topic,received_at,registered_at,answered_at,status");
        var line = new StringBuilder(200);
        for (long i = 0; i < rows; i++)
        {
            var received = start.AddMinutes(i % 500_000).AddSeconds(random.Next(60));
            line.Clear().Append(CultureInfo.InvariantCulture, $"R-{i:D8},OF{random.Next(1, 60):D2},{types[random.Next(2)]},{channels[random.Next(5)]},{kinds[random.Next(5)]},")
                .Append(CultureInfo.InvariantCulture, $"Тема {random.Next(40)},{received:yyyy-MM-dd HH:mm:ss},{received.AddMinutes(5):yyyy-MM-dd HH:mm:ss},")
                .Append(CultureInfo.InvariantCulture, $"{received.AddDays(random.Next(1, 20)):yyyy-MM-dd HH:mm:ss},answered");
            writer.WriteLine(line);
        }
    }
}
