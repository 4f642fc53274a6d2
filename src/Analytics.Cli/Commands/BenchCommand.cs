using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Bench;
using Analytics.Cli.Common;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics bench [&lt;name&gt;] [--scale N] [--json]</c>: measured figures beside same-run baselines.</summary>
public static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string?>("name") { Description = "Benchmark to run; none runs all", Arity = ArgumentArity.ZeroOrOne };
        var scale = new Option<double?>("--scale") { Description = "Size of the generated data (benchmark-specific; dashboard takes fractions, e.g. 0.01)" };
        var seconds = new Option<int?>("--seconds") { Description = "How long a timed benchmark runs (submit: default 60)" };
        var json = GlobalOptions.Json();
        var command = new Command("bench", "Run benchmarks and print ratios to same-run baselines") { name, scale, seconds, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var requested = parse.GetValue(name);
            var selected = requested is null
                ? BenchRegistry.All
                : BenchRegistry.All.Where(b => b.Name.Equals(requested, StringComparison.OrdinalIgnoreCase)).ToList();
            if (requested is not null && selected.Count == 0)
                throw new UsageException($"Unknown benchmark '{requested}'. Known: {string.Join(", ", BenchRegistry.All.Select(b => b.Name))}.");

            var asJson = parse.GetValue(json);
            if (parse.GetValue(scale) is <= 0) throw new UsageException("--scale must be positive.");
            if (parse.GetValue(seconds) is <= 0) throw new UsageException("--seconds must be a positive number of seconds.");
            var work = Path.Combine(Path.GetTempPath(), "analytics-bench", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            var results = new List<BenchResult>();
            try
            {
                foreach (var benchmark in selected)
                {
                    console.Progress(asJson).Report($"bench {benchmark.Name}: {benchmark.Description}");
                    var context = new BenchContext(work, parse.GetValue(scale) is { } v ? (int)Math.Max(1, Math.Round(v)) : null, console.Progress(asJson),
                        cancellationToken, parse.GetValue(seconds), parse.GetValue(scale));
                    results.AddRange(benchmark.Run(context));
                }
            }
            finally
            {
                try { Directory.Delete(work, recursive: true); } catch (IOException) { }
            }

            if (asJson) console.WriteJson(new { benchmarks = results });
            else foreach (var r in results) console.Out.WriteLine(Format(r));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static string Format(BenchResult r)
    {
        var c = CultureInfo.InvariantCulture;
        var baseline = r.BaselineValue is { } b ? string.Create(c, $"{b:0.###} {r.Unit}") : "—";
        var ratio = r.Ratio is { } x ? string.Create(c, $"{x:0.###}") : "—";
        return string.Create(c, $"{r.Name,-32} {r.Value,14:0.###} {r.Unit,-10} baseline {r.Baseline}: {baseline}  ratio {ratio}  target {r.Target}  n={r.N}");
    }
}
