using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Actions;
using Analytics.Engine.Cases;
using Analytics.Engine.Compliance;
using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Microsoft.Extensions.Configuration;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics cases list [--state open|overdue|closed] [--as-of yyyy-MM-dd] --json</c> (a stable contract, ADR 0027) and
/// <c>analytics cases run [--as-of yyyy-MM-ddTHH:mm] --json</c>: the same Engine passes as the web host's job.
/// Settings (<c>Cases:*</c>) come from appsettings.json in the working directory and <c>ANALYTICS_</c> variables.
/// </summary>
public static class CasesCommand
{
    public static Command Create(CliConsole console) =>
        new("cases", "Client cases opened automatically by the case rules") { List(console), Run(console), Owner(console) };

    /// <summary><c>cases owner --unit CODE [--owner LOGIN] [--json]</c>: set (or, with an empty owner, remove) a unit's case owner; recorded in the audit trail.</summary>
    private static Command Owner(CliConsole console)
    {
        var unit = new Option<string>("--unit") { Description = "Office, branch or company code", Required = true };
        var owner = new Option<string?>("--owner") { Description = "The owner's login (empty: remove; the cases route to the next level)" };
        var json = GlobalOptions.Json();
        var command = new Command("owner", "Set who owns the cases of an office, a branch or the company") { unit, owner, json };
        command.SetAction(parse =>
        {
            using var store = GlobalOptions.MigratedStore(parse);
            var owners = Service(store).Owners;
            try { owners.Set(parse.GetValue(unit)!, parse.GetValue(owner), Analytics.Engine.Audit.AuditTrail.System, DateTime.UtcNow); }
            catch (ArgumentException e)
            {
                console.Error.WriteLine(e.Message);
                return ExitCodes.Rejected;
            }
            var list = owners.List();
            if (parse.GetValue(json)) console.WriteJson(new { owners = list.Select(o => new { unit = o.UnitCode, owner = o.Owner }) });
            else foreach (var o in list) console.Out.WriteLine($"{o.UnitCode}\t{o.Owner}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var state = new Option<string?>("--state") { Description = "open | overdue | closed (default: all)" };
        var asOf = new Option<string?>("--as-of") { Description = "The day states are judged on, yyyy-MM-dd (default: today in Moscow)" };
        var json = GlobalOptions.Json();
        var command = new Command("list", "Cases with their trigger, office, owner, due date, state and escalation level") { state, asOf, json };
        command.SetAction(parse =>
        {
            var s = parse.GetValue(state);
            if (s is not null && !CaseTriggers.States.Contains(s))
                throw new UsageException($"--state is one of {string.Join(", ", CaseTriggers.States)}, not '{s}'.");
            DateOnly? day = null;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw new UsageException($"--as-of '{text}' is not yyyy-MM-dd.");
                day = d;
            }
            using var store = GlobalOptions.MigratedStore(parse);
            var cases = Service(store).List(new CaseFilter(s), day);
            var names = new Analytics.Engine.Users.PersonNames(store).All();
            string NameOf(string? owner) => Analytics.Engine.Users.PersonNames.Of(names, owner);
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    count = cases.Count,
                    cases = cases.Select(c => new
                    {
                        id = c.Id, kind = ActionWorkflow.ToCode(ActionSource.ClientCase), trigger = c.Trigger, triggers = c.Triggers,
                        @event = c.EventKind + ":" + c.EventRef, office = c.OfficeCode, branch = c.BranchCode, owner = c.Owner, ownerName = NameOf(c.Owner),
                        due = c.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), state = c.State,
                        status = ActionWorkflow.ToCode(c.Status), escalationLevel = c.EscalationLevel,
                        needsControlCall = c.NeedsControlCall, outcome = c.Outcome,
                    }),
                });
            else
            {
                foreach (var c in cases)
                    console.Out.WriteLine($"{c.Id}\t{Labels.Ru(Vocab.CaseTrigger, c.Trigger)}\t{c.OfficeCode}\t{NameOf(c.Owner)}\t" +
                                          $"{c.DueOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}\t{Labels.Ru(Vocab.CaseState, c.State)}\t" +
                                          $"{Labels.Ru(Vocab.CaseLevel, c.EscalationLevel.ToString(CultureInfo.InvariantCulture))}");
                console.Out.WriteLine($"{cases.Count} case(s)");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Run(CliConsole console)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Moment of the run, Moscow time, yyyy-MM-ddTHH:mm (default: now)" };
        var json = GlobalOptions.Json();
        var command = new Command("run", "Open cases from new triggers and escalate overdue ones") { asOf, json };
        command.SetAction(parse =>
        {
            DateTime? at = null;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                    throw new UsageException($"--as-of '{text}' is not yyyy-MM-ddTHH:mm.");
                at = TimeZoneInfo.ConvertTimeToUtc(local, Analytics.Engine.Time.DisplayTime.Default.Zone);
            }
            using var store = GlobalOptions.MigratedStore(parse);
            var run = Service(store).Run(at);
            if (parse.GetValue(json))
                console.WriteJson(new { triggers = run.Triggers, opened = run.Opened, joined = run.Joined, reopened = run.Reopened, escalated = run.Escalated });
            else
                console.Out.WriteLine($"triggers {run.Triggers}; opened {run.Opened}, joined {run.Joined}, reopened {run.Reopened}, escalated {run.Escalated}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static CaseService Service(AnalyticsStore store)
    {
        var options = new CaseOptions();
        CliSettings.Load().GetSection(CaseOptions.SectionName).Bind(options);
        return new CaseService(store, new CorrectiveActionService(store), new AppealDeadlines(store), options);
    }
}
