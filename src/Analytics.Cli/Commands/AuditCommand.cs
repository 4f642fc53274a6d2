using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Audit;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics audit verify [--json]</c>: recomputes the audit trail's hash chain (ADR 0017);
/// <c>analytics audit prune [--years N] [--json]</c>: removes entries past retention behind an anchor entry.
/// </summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("audit", "The change audit trail; acts of checklist audits");
        command.Subcommands.Add(Verify(console));
        command.Subcommands.Add(Prune(console));
        command.Subcommands.Add(AuditCoverageCommand.Create(console));
        command.Subcommands.Add(AuditActCommands.Act(console));
        command.Subcommands.Add(AuditActCommands.Acts(console));
        command.Subcommands.Add(AuditActionsCommand.Create(console));
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var command = new Command("verify", "Check that no audit entry was edited or removed (exit 1 when the chain is broken)") { json };
        command.SetAction(parse =>
        {
            using var store = GlobalOptions.MigratedStore(parse);
            var result = new AuditTrail(store).Verify();
            if (parse.GetValue(json))
                // Written directly: the console's options drop nulls, and the contract keeps "firstBroken":null.
                console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                    new { entries = result.Entries, intact = result.Intact, firstBroken = result.FirstBroken }));
            else
                console.Message(result.Intact
                    ? $"Audit trail intact: {result.Entries} entries."
                    : $"Audit trail broken at entry {result.FirstBroken}: {result.Reason} ({result.Entries} entries).");
            return result.Intact ? ExitCodes.Ok : ExitCodes.Rejected;
        });
        return command;
    }

    private static Command Prune(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var years = new Option<int>("--years") { Description = "Keep this many years (Audit:RetentionYears, default 3)", DefaultValueFactory = _ => new AuditOptions().RetentionYears };
        var command = new Command("prune", "Remove audit entries past retention, keeping the chain verifiable") { json, years };
        command.SetAction(parse =>
        {
            using var store = GlobalOptions.MigratedStore(parse);
            var removed = new AuditTrail(store).Prune(parse.GetValue(years));
            if (parse.GetValue(json)) console.WriteJson(new { removed });
            else console.Message($"Removed {removed} audit entries older than {parse.GetValue(years)} years.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
