using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Store.Backup;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics erase --consumer KEY [--backups DIR] [--json]</c> → <c>{"consumer":"…","tables":n,"rows":n,…}</c>:
/// removes one consumer's personal data from every table (152-ФЗ art. 21, ADR 0021). KEY is the appeal register's
/// account (лицевой счёт / ИНН), or a phone number or e-mail address. The erasure is recorded in the audit trail by a
/// hash of the key, and its tombstones are written into every snapshot under the backup folder so a restore honours it.
/// </summary>
public static class EraseCommand
{
    public static Command Create(CliConsole console)
    {
        var consumer = new Option<string>("--consumer") { Description = "Account (лицевой счёт / ИНН), phone or e-mail of the consumer", Required = true };
        var backups = new Option<string?>("--backups")
        {
            Description = "Folder of the snapshots to mark (default: Jobs:BackupFolder, backups/ beside the store)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ANALYTICS_BACKUPS"),
        };
        var json = GlobalOptions.Json();
        var command = new Command("erase", "Erase one consumer's personal data everywhere, backups included") { consumer, backups, json };
        command.SetAction(parse =>
        {
            var key = parse.GetValue(consumer);
            if (string.IsNullOrWhiteSpace(key)) throw new UsageException("erase needs --consumer KEY (an account, phone or e-mail).");
            using var store = GlobalOptions.MigratedStore(parse);
            var root = parse.GetValue(backups) ?? StoreFolders.Beside(store.FilePath, "backups");
            var result = new ConsumerErasure(store).Erase(key, null, root);
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    consumer = result.Consumer, tables = result.Tables, rows = result.Rows,
                    identifiers = result.Identifiers, backups = result.Backups, exports = result.Exports,
                });
            else
                console.Message(result.Rows == 0
                    ? $"Nothing held for consumer {result.Consumer}; the key is tombstoned for restores ({result.Backups} backups marked)."
                    : $"Erased consumer {result.Consumer}: {result.Rows:N0} rows in {result.Tables} tables; {result.Backups} backups marked; " +
                      $"{result.Exports} finished export files holding the person rewritten or withdrawn.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
