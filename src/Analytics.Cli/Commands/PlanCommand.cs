using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Methodology;
using Analytics.Engine.Plans;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics plan trajectory …</c> and <c>analytics plan outcome …</c> (pure arithmetic; no store needed).</summary>
public static class PlanCommand
{
    public static Command Create(CliConsole console) => new("plan", "Plan trajectories and plan-vs-fact outcome codes")
    {
        Trajectory(console), Outcome(console),
    };

    private static Command Trajectory(CliConsole console)
    {
        var baseValue = new Option<double>("--base") { Description = "Base-year plan value", Required = true };
        var baseYear = new Option<int>("--base-year") { Description = "Base year", Required = true };
        var toYear = new Option<int>("--to-year") { Description = "Last year", Required = true };
        var factor = new Option<double>("--factor") { Description = "Yearly factor", DefaultValueFactory = _ => 0.985 };
        var rounding = new Option<string>("--rounding") { Description = "none | each-step-4dp", DefaultValueFactory = _ => "none" };
        rounding.AcceptOnlyFromAmong("none", "each-step-4dp");
        var json = GlobalOptions.Json();
        var command = new Command("trajectory", "Each year's plan = previous × factor") { baseValue, baseYear, toYear, factor, rounding, json };
        command.SetAction(parse =>
        {
            var (b, y0, y1, f) = (parse.GetValue(baseValue), parse.GetValue(baseYear), parse.GetValue(toYear), parse.GetValue(factor));
            if (y1 <= y0) throw new UsageException("--to-year must be after --base-year.");
            if (f <= 0) throw new UsageException("--factor must be > 0.");
            var mode = PlanService.ParseRounding(parse.GetValue(rounding)!);
            var points = PlanService.Trajectory(b, y0, y1, f, mode);
            if (parse.GetValue(json))
                console.WriteJson(new { @base = b, baseYear = y0, factor = f, rounding = parse.GetValue(rounding), points = points.Select(p => new { year = p.Year, value = p.Value, value4dp = Math.Round(p.Value, 4, MidpointRounding.AwayFromZero) }) });
            else
                foreach (var p in points) console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Year}  {p.Value:0.0000}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Outcome(CliConsole console)
    {
        var plan = new Option<double>("--plan") { Description = "Plan value П", Required = true };
        var actual = new Option<double>("--actual") { Description = "Actual value Ф", Required = true };
        var tolerance = new Option<double>("--tolerance") { Description = "Allowed deviation (0.3 = 30 %)", DefaultValueFactory = _ => 0.3 };
        var direction = new Option<string>("--direction") { Description = "lower | higher (which is better)", DefaultValueFactory = _ => "lower" };
        direction.AcceptOnlyFromAmong("lower", "higher");
        var json = GlobalOptions.Json();
        var command = new Command("outcome", "Outcome code: +1 improved, 0 achieved, −1 not achieved") { plan, actual, tolerance, direction, json };
        command.SetAction(parse =>
        {
            var (p, a, k) = (parse.GetValue(plan), parse.GetValue(actual), parse.GetValue(tolerance));
            if (k < 0) throw new UsageException("--tolerance must be ≥ 0.");
            var dir = parse.GetValue(direction) == "higher" ? Direction.Higher : Direction.Lower;
            var outcome = PlanService.Outcome(p, a, k, dir);
            var label = outcome switch { 1 => "improved", -1 => "not achieved", _ => "achieved" };
            if (parse.GetValue(json))
                console.WriteJson(new { plan = p, actual = a, tolerance = k, direction = parse.GetValue(direction), ratioPercent = p == 0 ? (double?)null : a / p * 100, outcome, label });
            else console.Out.WriteLine($"{outcome} ({label})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
