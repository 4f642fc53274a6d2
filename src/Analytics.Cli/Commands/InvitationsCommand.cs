using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Delivery;
using Analytics.Engine.Invitations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics invitations run [--as-of yyyy-MM-ddTHH:mm] [--json]</c>: plan new service events into the invitation
/// outbox and send what is due — the same Engine run as the web host's job. <c>--as-of</c> is Moscow time (default:
/// now). Settings (<c>Smtp</c>, <c>Sms</c>, <c>Invitations</c>) come from appsettings.json in the working directory
/// and <c>ANALYTICS_</c> environment variables. JSON: {"eligible","sent","suppressed","failed"}.
/// <c>analytics invitations funnel [--json]</c>: the funnel per rule, the Engine's <see cref="InvitationFunnel"/> that
/// the invitations page shows (eligible → sent → delivered → opened → started → completed, bounces, opt-outs).
/// </summary>
public static class InvitationsCommand
{
    public static Command Create(CliConsole console) => new("invitations", "Survey invitations after service events") { Run(console), Funnel(console) };

    private static Command Funnel(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var command = new Command("funnel", "The funnel per rule: eligible, sent, delivered, opened, started, completed, bounces, opt-outs") { json };
        command.SetAction(parse =>
        {
            using var store = GlobalOptions.MigratedStore(parse);
            var rows = new InvitationFunnel(store).ByRule();
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    rules = rows.Select(r => new
                    {
                        rule = r.RuleCode, title = r.Title, channel = r.Channel, eligible = r.Eligible, suppressed = r.Suppressed, sent = r.Sent,
                        delivered = r.Delivered, opened = r.Opened, started = r.Started, completed = r.Completed, bounced = r.Bounced,
                        optedOut = r.OptedOut, remindersSent = r.RemindersSent,
                    }),
                });
            else
                foreach (var r in rows)
                    console.Out.WriteLine($"{r.RuleCode,-20} eligible {r.Eligible} → sent {r.Sent} → delivered {r.Delivered} → opened {r.Opened} → started {r.Started} → completed {r.Completed}; bounced {r.Bounced}, opted out {r.OptedOut}, suppressed {r.Suppressed}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Run(CliConsole console)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Moment of the run, Moscow time, yyyy-MM-ddTHH:mm (default: now)" };
        var json = GlobalOptions.Json();
        var command = new Command("run", "Plan new events and send the invitations and reminders that are due") { asOf, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateTime? at = null;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                    throw new UsageException($"--as-of '{text}' is not yyyy-MM-ddTHH:mm.");
                at = TimeZoneInfo.ConvertTimeToUtc(local, Analytics.Engine.Time.DisplayTime.Default.Zone);
            }
            var configuration = CliSettings.Load();
            using var store = GlobalOptions.MigratedStore(parse);
            var smtp = Options.Create(Bind<SmtpOptions>(configuration, SmtpOptions.SectionName));
            using var http = new HttpClient();
            var service = new InvitationService(store, Options.Create(Bind<InvitationOptions>(configuration, InvitationOptions.SectionName)),
                new MailKitEmailSender(smtp), new SmsRuGateway(http, Options.Create(Bind<SmsOptions>(configuration, SmsOptions.SectionName))), TimeProvider.System);
            var run = await service.Run(at, cancellationToken);
            if (parse.GetValue(json))
                console.WriteJson(new { eligible = run.Eligible, sent = run.Sent, suppressed = run.Suppressed, failed = run.Failed });
            else
            {
                console.Out.WriteLine($"eligible    {run.Eligible}");
                console.Out.WriteLine($"sent        {run.Sent}");
                console.Out.WriteLine($"suppressed  {run.Suppressed}" + (run.Plan.ByReason.Count == 0 ? "" : " (" + string.Join(", ", run.Plan.ByReason.Select(r => $"{r.Key} {r.Value}")) + ")"));
                console.Out.WriteLine($"failed      {run.Failed}");
                console.Out.WriteLine($"to retry    {run.Dispatch.Retried}; cancelled {run.Dispatch.Cancelled}; unknown after a crash {run.Dispatch.Unknown}");
                foreach (var p in run.Plan.Problems) console.Error.WriteLine(p);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}
