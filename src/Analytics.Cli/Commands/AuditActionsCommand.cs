using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Actions;
using Analytics.Engine.Audit;
using Analytics.Engine.AuditReview;
using Microsoft.Extensions.Configuration;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics audit actions --submission ID [--owner LOGIN] [--json]</c>: opens a corrective action for every failed
/// item of one checklist audit (#16.5) through <see cref="AuditItemActions"/> — the dashboard's prefill, one action per
/// item (a rerun opens nothing new), due on the visit day + <c>Audits:ActionDueDays</c>. An unknown id exits 1.
/// </summary>
internal static class AuditActionsCommand
{
    public static Command Create(CliConsole console)
    {
        var submission = new Option<string>("--submission") { Description = "Submission id of the audit", Required = true };
        var owner = new Option<string>("--owner")
        {
            Description = "Login of the person who owns the actions (default: system; reassign on /actions)",
            DefaultValueFactory = _ => AuditTrail.System,
        };
        var json = GlobalOptions.Json();
        var command = new Command("actions", "Open a corrective action for every failed item of an audit") { submission, owner, json };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(submission)!;
            var login = parse.GetValue(owner);
            if (string.IsNullOrWhiteSpace(login)) throw new UsageException("--owner must name a login.");
            using var store = GlobalOptions.MigratedStore(parse);
            var service = new AuditItemActions(store, CliSettings.Audits());
            IReadOnlyList<AuditItemAction> results;
            try { results = service.OpenAll(id, login.Trim(), AuditTrail.System); }
            catch (KeyNotFoundException) { throw new InputException($"--submission {id}: no checklist audit with this id in {store.FilePath}."); }
            var (opened, existing) = (results.Count(r => r.Opened), results.Count(r => !r.Opened));
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    opened, existing,
                    actions = results.Select(r => new { id = r.Action.Id, item = r.ItemCode, due = Day(r.Action.DueOn) }),
                });
            else
            {
                console.Out.WriteLine($"Audit {id}: {opened} actions opened, {existing} already open.");
                foreach (var r in results)
                    console.Out.WriteLine($"  #{r.Action.Id}\t{r.ItemCode}\tdue {Day(r.Action.DueOn)}\t{(r.Opened ? "opened" : "existing")}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
