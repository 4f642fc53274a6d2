using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Classification;
using Analytics.Engine.Store.Backup;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics backup --out DIR [--json]</c>: a consistent snapshot with its manifest, models and keys (the same
/// <see cref="StoreSnapshot"/> the nightly job writes). The store must not be held by a running host (lock refused, exit 1).
/// </summary>
public static class BackupCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "New (or empty) folder for the snapshot", Required = true };
        var models = new Option<string>("--model-path")
        {
            Description = "Folder of trained models to include (Classification:ModelPath)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ANALYTICS_MODEL_PATH") ?? new ClassificationOptions().ModelPath,
        };
        var keys = new Option<string?>("--keys") { Description = "Data-protection keys folder to include (default: keys/ beside the store)" };
        var json = GlobalOptions.Json();
        var command = new Command("backup", "Write a verified-restorable snapshot of the store, its models and keys") { output, models, keys, json };
        command.SetAction((parse, cancellationToken) =>
        {
            using var store = GlobalOptions.Store(parse);
            if (!store.Exists) throw new InputException(Analytics.Engine.Vocabulary.BackupReasons.Text("no_store", store.FilePath));
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            BackupManifest manifest;
            try
            {
                manifest = new StoreSnapshot(store) { ModelPath = parse.GetValue(models), KeysPath = parse.GetValue(keys) }
                    .Write(folder, cancellationToken);
            }
            catch (BackupException ex)
            {
                throw new InputException(ex.Message);
            }
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    path = folder, tables = manifest.Tables.Count, rows = manifest.Rows, schemaVersion = manifest.SchemaVersion,
                    models = manifest.Models, keys = manifest.Keys, createdAt = manifest.CreatedAt,
                });
            else
                console.Message($"Backed up {manifest.Tables.Count} tables, {manifest.Rows:N0} rows (schema {manifest.SchemaVersion}, " +
                                $"{manifest.Models} model files, {manifest.Keys} key files) to {folder}.");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
