using System.CommandLine;
using Analytics.Cli.Commands;
using Analytics.Cli.Common;
using Analytics.Engine.Store;

namespace Analytics.Cli;

/// <summary>Builds the command tree and runs it with the exit-code contract 0 / 1 / 2.</summary>
public static class CliApp
{
    public static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("Analytics — customer-service quality analytics for energy companies");
        root.Options.Add(GlobalOptions.Db);
        root.Subcommands.Add(InitCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(IndicatorsCommand.Create(console));
        root.Subcommands.Add(AppealsCommand.Create(console));
        root.Subcommands.Add(MethodologyCommand.Create(console));
        root.Subcommands.Add(PlanCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(DeclarationCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(ClassifierCommand.Create(console));
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(BackupCommand.Create(console));
        root.Subcommands.Add(RestoreCommand.Create(console));
        root.Subcommands.Add(SurveyCommand.Create(console));
        root.Subcommands.Add(InvitationsCommand.Create(console));
        root.Subcommands.Add(CasesCommand.Create(console));
        root.Subcommands.Add(WebhooksCommand.Create(console));
        root.Subcommands.Add(EraseCommand.Create(console));
        return root;
    }

    /// <summary>How long a cancelled command may take to stop at a safe point (a batch commit) before the process ends.</summary>
    private static readonly TimeSpan TerminationGrace = TimeSpan.FromSeconds(60);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = new CliConsole(stdout, stderr);
        var root = BuildRoot(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run 'analytics --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            // Ctrl+C / SIGTERM cancel the command's token; the grace lets an import finish the batch it is committing.
            using var signals = new StopSignals(stderr, TerminationGrace);
            return parse.InvokeAsync(new InvocationConfiguration
            {
                Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
            }, signals.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException ex)
        {
            stderr.WriteLine(ex is Analytics.Engine.Store.Ingest.ImportInterruptedException ? $"interrupted: {ex.Message}" : "interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (StoreLockedException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.Rejected;
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (InputException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.Rejected;
        }
    }
}
