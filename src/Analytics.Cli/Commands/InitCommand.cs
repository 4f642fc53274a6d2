using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Store;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics init</c>: create the store or bring its schema up to date.</summary>
public static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var command = new Command("init", "Create or upgrade the store") { json };
        command.SetAction(parse =>
        {
            using var store = GlobalOptions.Store(parse);
            var migrator = new StoreMigrator(store);
            var applied = migrator.Migrate();
            var version = migrator.CurrentVersion();
            if (parse.GetValue(json))
                console.WriteJson(new { path = store.FilePath, version, applied });
            else
                console.Message(applied.Count == 0
                    ? $"Store {store.FilePath} is up to date (schema {version})."
                    : $"Store {store.FilePath} migrated to schema {version} (applied {string.Join(", ", applied)}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
