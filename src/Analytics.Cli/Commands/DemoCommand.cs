using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Demo;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics demo [--scale N] [--seed S] [--today yyyy-MM-dd] [--force] [--json]</c>: fill the store with the demo company.</summary>
public static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var scale = new Option<double>("--scale")
        {
            Description = "Volume multiplier for appeals, queue tickets and calls (1 ≈ 100 000 appeals, ≈0.6 M rows; 100 ≈ 28 M rows)",
            DefaultValueFactory = _ => 1,
        };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and day give the same rows", DefaultValueFactory = _ => 42 };
        var today = new Option<string?>("--today") { Description = "Last day of data, yyyy-MM-dd (default: today)" };
        var force = new Option<bool>("--force") { Description = "Clear the demo tables of a store that already holds appeals" };
        var json = GlobalOptions.Json();
        var command = new Command("demo", "Fill the store with a realistic demo organisation (deterministic for a seed)")
        {
            scale, seed, today, force, json,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new DemoOptions
            {
                Scale = parse.GetValue(scale),
                Seed = parse.GetValue(seed),
                Today = ParseDay(parse.GetValue(today)),
                Replace = parse.GetValue(force),
            };
            if (!(options.Scale > 0) || options.Scale > DemoOptions.MaxScale)
                throw new UsageException($"--scale must be greater than 0 and at most {DemoOptions.MaxScale.ToString(CultureInfo.InvariantCulture)}.");

            var asJson = parse.GetValue(json);
            using var store = GlobalOptions.Store(parse);
            DemoSummary summary;
            try
            {
                summary = new DemoGenerator().Generate(store, options, console.Progress(asJson), cancellationToken);
            }
            catch (DemoRefusedException ex)
            {
                throw new InputException(ex.Message);
            }

            if (asJson)
            {
                console.WriteJson(new
                {
                    path = store.FilePath,
                    seed = summary.Seed,
                    scale = summary.Scale,
                    from = summary.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    to = summary.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    rows = summary.Rows,
                    totalRows = summary.TotalRows,
                    seconds = Math.Round(summary.Elapsed.TotalSeconds, 2),
                    rowsPerSecond = Math.Round(summary.RowsPerSecond),
                });
            }
            else
            {
                console.Message(string.Create(CultureInfo.InvariantCulture,
                    $"Demo written to {store.FilePath}: {summary.TotalRows:N0} rows in {summary.Elapsed.TotalSeconds:0.0} s ({summary.RowsPerSecond:N0} rows/s)."));
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static DateOnly? ParseDay(string? text)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw new UsageException($"--today '{text}' is not a date in the form yyyy-MM-dd.");
    }
}
