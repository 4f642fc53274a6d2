using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Reports;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics report annual --year YYYY --out FILE.pdf</c> and
/// <c>analytics report quarterly --year YYYY --quarter Q --out FILE.pdf</c> (both take <c>--unit CODE</c>).
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("report", "Write the annual or quarterly report as PDF");
        command.Subcommands.Add(Annual(console));
        command.Subcommands.Add(Quarterly(console));
        return command;
    }

    private static Command Annual(CliConsole console)
    {
        var (year, output, unit, json) = Common();
        var command = new Command("annual", "Annual report on work with consumers (appendix 7 table 4.1 and more)") { year, output, unit, json };
        command.SetAction(parse =>
        {
            var y = parse.GetValue(year) ?? ReportOutput.LastCompleteYear();
            ReportOutput.CheckYear(y);
            using var store = ReportOutput.OpenStore(parse);
            var service = new ReportService(store, ReportOutput.Options());
            return ReportOutput.Write(console, parse.GetValue(json), parse.GetValue(output)!, "annual",
                stream => service.Annual(y, stream, parse.GetValue(unit)));
        });
        return command;
    }

    private static Command Quarterly(CliConsole console)
    {
        var (year, output, unit, json) = Common();
        var quarter = new Option<int>("--quarter") { Description = "Quarter 1–4", Required = true };
        var command = new Command("quarterly", "Quarterly client report for the website") { year, quarter, output, unit, json };
        command.SetAction(parse =>
        {
            var (y, q) = (parse.GetValue(year) ?? ReportOutput.LastCompleteYear(), parse.GetValue(quarter));
            ReportOutput.CheckYear(y);
            if (q is < 1 or > 4) throw new UsageException($"--quarter {q} must be 1, 2, 3 or 4.");
            using var store = ReportOutput.OpenStore(parse);
            var service = new ReportService(store, ReportOutput.Options());
            return ReportOutput.Write(console, parse.GetValue(json), parse.GetValue(output)!, "quarterly",
                stream => service.Quarterly(y, q, stream, parse.GetValue(unit)));
        });
        return command;
    }

    private static (Option<int?> Year, Option<string> Output, Option<string?> Unit, Option<bool> Json) Common() =>
    (
        new Option<int?>("--year") { Description = "Reported year (default: the last complete year; the running year gives a draft marked ПРОЕКТ)" },
        new Option<string>("--out") { Description = "PDF file to write", Required = true },
        new Option<string?>("--unit") { Description = "Branch (org_unit code); the whole company when omitted" },
        GlobalOptions.Json()
    );
}
