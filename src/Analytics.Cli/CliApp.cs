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
        root.Subcommands.Add(PlanCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(DeclarationCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(ClassifierCommand.Create(console));
        return root;
    }

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
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
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
