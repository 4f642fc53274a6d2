using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Reports;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics declaration --year YYYY --out FILE.pdf [--unit CODE]</c>: the Declaration of Conformity.</summary>
public static class DeclarationCommand
{
    public static Command Create(CliConsole console)
    {
        var year = new Option<int?>("--year") { Description = "Year the Declaration covers (a finished year; default: the last complete year)" };
        var output = new Option<string>("--out") { Description = "PDF file to write", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Branch (org_unit code); the whole company when omitted" };
        var json = GlobalOptions.Json();
        var command = new Command("declaration", "Write the Declaration of Conformity for a year as PDF") { year, output, unit, json };
        command.SetAction(parse =>
        {
            var y = parse.GetValue(year) ?? ReportOutput.LastCompleteYear();
            ReportOutput.CheckYear(y);
            using var store = ReportOutput.OpenStore(parse);
            var service = new ReportService(store, ReportOutput.Options());
            return ReportOutput.Write(console, parse.GetValue(json), parse.GetValue(output)!, "declaration",
                stream => service.Declaration(y, stream, parse.GetValue(unit)));
        });
        return command;
    }
}
