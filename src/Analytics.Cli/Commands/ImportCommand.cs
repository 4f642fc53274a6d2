using System.CommandLine;
using Analytics.Cli.Common;
using Microsoft.Extensions.Configuration;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Store.Ingest.Mapping;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics import &lt;kind&gt; &lt;FILE&gt; [--map MAP.json] [--json]</c>: validated, idempotent import, with the
/// <c>Imports:*</c> limits of <see cref="CliSettings"/> (appsettings.json, ANALYTICS_Imports__*).
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var kind = new Argument<string>("kind") { Description = $"What the file holds: {string.Join(" | ", ImportKinds.Names)}" };
        var file = new Argument<string>("FILE") { Description = "CSV (UTF-8 or Windows-1251; , ; or tab), XLSX, Arrow or Parquet" };
        var map = new Option<string?>("--map") { Description = "JSON mapping of headers (and values) to fields" };
        var json = GlobalOptions.Json();
        var command = new Command("import", "Import a register, log or statistics file into the store") { kind, file, map, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var kindName = parse.GetValue(kind)!;
            if (!ImportKinds.TryParse(kindName, out var importKind))
                throw new UsageException($"Unknown kind '{kindName}'. Known: {string.Join(", ", ImportKinds.Names)}.");
            var asJson = parse.GetValue(json);
            ImportSummary summary;
            try
            {
                var options = new ImportOptions { Map = parse.GetValue(map) is { } m ? ColumnMap.Load(m) : null };
                // Imports:* (line and cell limits, date range…) as the web upload reads them (Dashboard ImportRunner).
                CliSettings.Load().GetSection("Imports").Bind(options);
                using var store = GlobalOptions.Store(parse);
                // A new or older store file is brought to the current schema first, as `init` would.
                new Analytics.Engine.Store.StoreMigrator(store).Migrate();
                // Checklist audits among the responses arrive as a runner sync would: review on → actions wait for approval.
                summary = new ImportService(store, audits: CliSettings.Audits()).Import(importKind, parse.GetValue(file)!, options, console.Progress(asJson), cancellationToken);
            }
            catch (ImportRefusedException ex)
            {
                throw new InputException(ex.Message);
            }

            if (asJson)
            {
                console.WriteJson(new
                {
                    read = summary.Read,
                    stored = summary.Stored,
                    duplicates = summary.Duplicates,
                    rejected = summary.Rejected,
                    rejects = summary.Rejects.Select(r => new
                    {
                        line = r.Line, column = r.Column ?? "", reason = r.Reason,
                        // Added beside the existing fields: a stable code and the Russian message naming file, line and field.
                        code = r.Code, message = Analytics.Engine.Vocabulary.ImportReasons.Message(summary.FileName, r.Line, r.Column, r.Reason),
                    }),
                    warnings = summary.Warnings,
                    importId = summary.ImportId,
                    table = summary.Table,
                });
            }
            else
            {
                console.Out.WriteLine($"{summary.FileName} → {summary.Table} ({summary.Format}): read {summary.Read:N0}, stored {summary.Stored:N0}, " +
                    $"duplicates {summary.Duplicates:N0}, rejected {summary.Rejected:N0} in {summary.Elapsed.TotalSeconds:0.0} s (import #{summary.ImportId})");
                foreach (var w in summary.Warnings) console.Out.WriteLine($"warning: {w}");
                foreach (var r in summary.Rejects) console.Out.WriteLine(Analytics.Engine.Vocabulary.ImportReasons.Message(summary.FileName, r.Line, r.Column, r.Reason));
                if (summary.Rejected > summary.Rejects.Count)
                    console.Out.WriteLine($"… and {summary.Rejected - summary.Rejects.Count:N0} more in the quarantine table (import_id = {summary.ImportId}).");
            }
            return Task.FromResult(summary.Rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok);
        });
        return command;
    }
}
