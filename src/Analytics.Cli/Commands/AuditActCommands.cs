using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.AuditActs;
using Microsoft.Extensions.Configuration;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics audit act --submission ID --out FILE.pdf</c> (the act of one audit) and
/// <c>analytics audit acts --from yyyy-MM-dd --to yyyy-MM-dd --out FILE.zip</c> (one act per audit of the period and a manifest).
/// </summary>
internal static class AuditActCommands
{
    public static Command Act(CliConsole console)
    {
        var submission = new Option<string>("--submission") { Description = "Submission id of the audit", Required = true };
        var output = new Option<string>("--out") { Description = "PDF file to write", Required = true };
        var json = GlobalOptions.Json();
        var command = new Command("act", "Write the signed act (PDF/A) of one audit") { submission, output, json };
        command.SetAction(parse =>
        {
            using var store = ReportOutput.OpenStore(parse);
            var service = new AuditActService(store, Options(), reports: ReportOutput.Options());
            var id = parse.GetValue(submission)!;
            if (service.Load(id) is null) throw new InputException($"--submission {id}: no audit with this id in {store.FilePath}.");
            return ReportOutput.Write(console, parse.GetValue(json), parse.GetValue(output)!, "audit act", stream => service.Act(id, stream));
        });
        return command;
    }

    public static Command Acts(CliConsole console)
    {
        var from = new Option<string>("--from") { Description = "First day, yyyy-MM-dd", Required = true };
        var to = new Option<string>("--to") { Description = "Last day, yyyy-MM-dd", Required = true };
        var output = new Option<string>("--out") { Description = "ZIP file to write", Required = true };
        var json = GlobalOptions.Json();
        var command = new Command("acts", "Write the acts of every audit of a period as one ZIP with a manifest") { from, to, output, json };
        command.SetAction(parse =>
        {
            var (first, last) = (Day(parse.GetValue(from)!, "--from"), Day(parse.GetValue(to)!, "--to"));
            if (last < first) throw new UsageException($"--to {last:yyyy-MM-dd} is before --from {first:yyyy-MM-dd}.");
            using var store = ReportOutput.OpenStore(parse);
            var service = new AuditActService(store, Options(), reports: ReportOutput.Options());
            var full = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // A temp file beside the target, moved in place: a failure leaves no half ZIP.
            var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
            ActBatchResult batch;
            try
            {
                using (var stream = File.Create(temp)) batch = service.Acts(first, last, stream);
                File.Move(temp, full, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
            var bytes = new FileInfo(full).Length;
            if (parse.GetValue(json)) console.WriteJson(new { kind = "audit acts", path = full, acts = batch.Acts, bytes });
            else console.Message($"audit acts: {full} ({batch.Acts} acts {first:dd.MM.yyyy}–{last:dd.MM.yyyy}, {bytes / 1024.0:0.#} KB)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly Day(string value, string option) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new UsageException($"{option} '{value}' is not a date in the form yyyy-MM-dd.");

    /// <summary>The proof-of-visit thresholds from appsettings.json / ANALYTICS_ProofOfVisit__* (as the dashboard reads them).</summary>
    private static VisitCheckOptions Options()
    {
        var configuration = CliSettings.Load();
        var options = new VisitCheckOptions();
        configuration.GetSection(VisitCheckOptions.SectionName).Bind(options);
        return options;
    }
}
