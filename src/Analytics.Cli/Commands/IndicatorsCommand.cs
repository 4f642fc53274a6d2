using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Indicators;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics indicators [--from YYYY-MM] [--to YYYY-MM] [--level company|branch|office] [--granularity month|quarter|year]
/// [--methodology ID] [--json]</c>: refreshes what changed, then prints the three indicators with their criteria.
/// </summary>
public static class IndicatorsCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Option<string?>("--from") { Description = "First month, YYYY-MM" };
        var to = new Option<string?>("--to") { Description = "Last month, YYYY-MM" };
        var level = new Option<string>("--level") { Description = "company | branch | office", DefaultValueFactory = _ => "branch" };
        level.AcceptOnlyFromAmong("company", "branch", "office");
        var granularity = new Option<string>("--granularity") { Description = "month | quarter | year", DefaultValueFactory = _ => "month" };
        granularity.AcceptOnlyFromAmong("month", "quarter", "year");
        var methodology = new Option<string?>("--methodology") { Description = "Methodology id (default: standard)" };
        var json = GlobalOptions.Json();
        var command = new Command("indicators", "The three indicators per unit and period, with n and 95 % intervals")
            { from, to, level, granularity, methodology, json };
        command.SetAction(parse =>
        {
            var query = new IndicatorQuery
            {
                From = Month(parse.GetValue(from), "--from"),
                To = Month(parse.GetValue(to), "--to"),
                Level = Enum.Parse<OrgLevel>(parse.GetValue(level)!, ignoreCase: true),
                Granularity = Enum.Parse<Granularity>(parse.GetValue(granularity)!, ignoreCase: true),
                MethodologyId = parse.GetValue(methodology),
            };
            if (query.From > query.To) throw new UsageException("--from is after --to.");
            using var store = GlobalOptions.MigratedStore(parse);
            var service = new IndicatorService(store);
            var refresh = service.Refresh(null, query.MethodologyId);
            console.Progress(parse.GetValue(json)).Report($"refreshed {refresh.Months.Count} month(s) in {refresh.Elapsed.TotalSeconds:0.0} s");
            var set = service.Compute(query);
            if (parse.GetValue(json)) console.WriteJson(set);
            else Print(console, set);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly? Month(string? text, string option)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new UsageException($"{option} '{text}' is not YYYY-MM.");
    }

    private static void Print(CliConsole console, IndicatorResultSet set)
    {
        var c = CultureInfo.InvariantCulture;
        console.Out.WriteLine($"methodology {set.MethodologyId} v{set.MethodologyVersion} ({set.Mode}), level {set.Level}, {set.Granularity}");
        foreach (var row in set.Rows)
            foreach (var i in row.Indicators)
                console.Out.WriteLine(string.Create(c,
                    $"{row.Period,-8} {row.UnitCode,-12} {i.IndicatorId,-16} {Fmt(i.Value),8} [{Fmt(i.Lower)}; {Fmt(i.Upper)}]  n={i.N}  coverage={i.Coverage:0.00}"));
    }

    private static string Fmt(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
