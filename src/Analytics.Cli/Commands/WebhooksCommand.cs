using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics webhooks run [--json]</c>: send the webhook deliveries that are due — the same Engine run as the host's
/// job (every minute). Secrets are read with the host's key ring (<c>keys/</c> beside the store); settings
/// (<c>Webhooks</c>) from appsettings.json in the working directory and <c>ANALYTICS_</c> variables.
/// JSON: {"queued","attempts","delivered","retried","failed","paused","pruned"} (pruned: finished deliveries
/// removed from the log by <c>Webhooks:DeliveryRetentionDays</c>).
/// </summary>
public static class WebhooksCommand
{
    public static Command Create(CliConsole console) => new("webhooks", "Webhook deliveries to subscribers") { Run(console) };

    private static Command Run(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var command = new Command("run", "Send the webhook deliveries that are due (retries included)") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new WebhookOptions();
            CliSettings.Load().GetSection(WebhookOptions.SectionName).Bind(options);
            using var store = GlobalOptions.MigratedStore(parse);
            var subscribers = new WebhookSubscribers(store, Dashboard.Webhooks.DataProtectionSecrets.ForStore(store.FilePath), TimeProvider.System);
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
            var run = await new WebhookService(store, Options.Create(options), subscribers, http, TimeProvider.System).Run(null, cancellationToken);
            if (parse.GetValue(json))
                console.WriteJson(new { queued = run.Queued, attempts = run.Attempts, delivered = run.Delivered, retried = run.Retried, failed = run.Failed, paused = run.Paused, pruned = run.Pruned });
            else
            {
                console.Out.WriteLine($"queued     {run.Queued}");
                console.Out.WriteLine($"attempts   {run.Attempts}");
                console.Out.WriteLine($"delivered  {run.Delivered}");
                console.Out.WriteLine($"to retry   {run.Retried}");
                console.Out.WriteLine($"failed     {run.Failed}");
                console.Out.WriteLine($"paused     {run.Paused}");
                console.Out.WriteLine($"pruned     {run.Pruned}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
