using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Methodology;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics methodology trace [--methodology ID] [--json]</c>: every criterion with its seed clause, the data that
/// feeds it and whether the store has that data, and every template item with its criterion (#14.7).
/// </summary>
public static class MethodologyCommand
{
    public static Command Create(CliConsole console) => new("methodology", "Methodologies: traceability to the Standard") { Trace(console) };

    private static Command Trace(CliConsole console)
    {
        var methodology = new Option<string?>("--methodology") { Description = "Methodology id (default: standard)" };
        var json = GlobalOptions.Json();
        var command = new Command("trace", "Criteria and template items with their seed clauses and whether the store has their data")
            { methodology, json };
        command.SetAction(parse =>
        {
            using var store = GlobalOptions.MigratedStore(parse);
            var report = new TraceQuery(store, Microsoft.Extensions.Options.Options.Create(ReportOutput.Options())).Trace(parse.GetValue(methodology));
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    criteria = report.Criteria.Select(c => new { id = c.Id, indicator = c.Indicator, source = c.Source, fedBy = c.FedBy, hasData = c.HasData }),
                    items = report.Items.Select(i => new { template = i.Template, item = i.Item, criterionId = i.CriterionId, source = i.Source }),
                });
            else
            {
                console.Out.WriteLine($"methodology {report.MethodologyId} v{report.MethodologyVersion} ({report.Mode})");
                foreach (var c in report.Criteria)
                    console.Out.WriteLine($"  {(c.HasData ? "data" : "  — ")}  {c.Id,-28} {c.Source}  ← {c.FedBy}");
                console.Out.WriteLine($"{report.Items.Count} template items name a criterion");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
