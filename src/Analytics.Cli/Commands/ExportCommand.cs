using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Store.Export;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics export &lt;table&gt; --out FILE</c>: one table to CSV, XLSX, Parquet or Arrow by extension.</summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var table = new Argument<string>("table") { Description = "A table of the store, e.g. appeal, quarantine, import_run" };
        var output = new Option<string>("--out") { Description = "Output file: .csv .xlsx .parquet .arrow", Required = true };
        var json = GlobalOptions.Json();
        var command = new Command("export", "Export a table of the store") { table, output, json };
        command.SetAction(parse =>
        {
            using var store = GlobalOptions.Store(parse);
            var path = parse.GetValue(output)!;
            long rows;
            try
            {
                rows = new ExportService(store).Export(parse.GetValue(table)!, path);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message);
            }
            if (parse.GetValue(json)) console.WriteJson(new { table = parse.GetValue(table), path = Path.GetFullPath(path), rows });
            else console.Message($"Exported {rows:N0} rows of {parse.GetValue(table)} to {Path.GetFullPath(path)}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
