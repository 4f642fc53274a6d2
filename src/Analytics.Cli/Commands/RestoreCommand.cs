using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Store.Backup;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics restore --from DIR --db PATH [--json]</c> → <c>{"tables":n,"rows":n,"verified":true}</c>: builds a new
/// store from a snapshot and verifies counts and checksums against its manifest; a damaged or newer snapshot, or an
/// existing target, is refused with exit 1. The snapshot's models and keys are put back beside the new store (or the
/// given folders; a different file of the same name there is refused), and its erasure tombstones are applied (ADR 0021).
/// </summary>
public static class RestoreCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Option<string>("--from") { Description = "Snapshot folder written by 'analytics backup' or the nightly job", Required = true };
        var models = new Option<string?>("--model-path") { Description = "Folder for the snapshot's trained models (default: models/ beside the new store)" };
        var keys = new Option<string?>("--keys") { Description = "Folder for the snapshot's data-protection keys (default: keys/ beside the new store)" };
        var tombstones = new Option<string[]>("--tombstones")
        {
            Description = "An erasure-tombstones.json to apply as well (repeatable); the snapshot's own and its backup folder's are always applied",
            AllowMultipleArgumentsPerToken = false,
        };
        var json = GlobalOptions.Json();
        var command = new Command("restore", "Rebuild a NEW store from a snapshot, verify it, put back models and keys, re-apply erasures")
            { from, models, keys, tombstones, json };
        command.SetAction(parse =>
        {
            // The target is always named: a default --db would point at the live store, which restore must never touch.
            if (parse.GetResult(GlobalOptions.Db) is not { Implicit: false })
                throw new UsageException("restore needs --db PATH, the new store file to create.");
            RestoreResult result;
            var options = new RestoreOptions
            {
                ModelPath = parse.GetValue(models), KeysPath = parse.GetValue(keys), TombstoneFiles = parse.GetValue(tombstones) ?? [],
            };
            try { result = StoreRestore.Restore(parse.GetValue(from)!, parse.GetValue(GlobalOptions.Db)!, options); }
            catch (BackupException ex) { throw new InputException(ex.Message); }
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    tables = result.Tables, rows = result.Rows, verified = result.Verified, seconds = Math.Round(result.Elapsed.TotalSeconds, 2),
                    models = result.Models, keys = result.Keys, erased = result.Erased,
                });
            else
                console.Message($"Restored and verified {result.Tables} tables, {result.Rows:N0} rows into {Path.GetFullPath(parse.GetValue(GlobalOptions.Db)!)} " +
                                $"in {result.Elapsed.TotalSeconds:0.0} s; {result.Models} model and {result.Keys} key files put back; " +
                                $"{result.Erased:N0} rows of erased consumers removed again.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
