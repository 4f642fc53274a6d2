using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Analytics.Engine.Store;
using Analytics.Engine.Webhooks;

namespace Analytics.Cli.Tests.Commands;

/// <summary><c>analytics webhooks run --json</c>: the host's key ring opens the secret, a real receiver gets a signed POST.</summary>
public class WebhooksCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Run_DeliversWithTheHostsKeyRing_AndPrintsTheContractJson()
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        Assert.Equal(0, Run("init", "--db", db).Code);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/in/";
        probe.Stop();
        using var listener = new HttpListener();
        listener.Prefixes.Add(url);
        listener.Start();
        const string secret = "cli-secret-0123456789";
        using (var store = AnalyticsStore.At(db))
        {
            // Added as the host adds it: protected with the key ring beside the store.
            new WebhookSubscribers(store, Dashboard.Webhooks.DataProtectionSecrets.ForStore(db), TimeProvider.System)
                .Add(new WebhookSubscriberInput("CRM", url, secret, [WebhookEvents.ReportGenerated]), "admin");
            Assert.NotNull(WebhookOutbox.Publish(store, WebhookEvents.ReportGenerated, new { report = "annual", year = 2025 }, DateTime.UtcNow));
        }
        var received = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var ok = WebhookSignature.Verify(secret, context.Request.Headers["X-Analytics-Timestamp"]!, body, context.Request.Headers["X-Analytics-Signature"]!);
            context.Response.StatusCode = 200;
            context.Response.Close();
            return ok;
        }, TestContext.Current.CancellationToken);

        var run = Run("webhooks", "run", "--db", db, "--json");

        Assert.Equal(0, run.Code);
        Assert.Equal(1, JsonDocument.Parse(run.Out).RootElement.GetProperty("attempts").GetInt32()); // before waiting: a miss fails, never hangs
        Assert.True(await received.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(["queued", "attempts", "delivered", "retried", "failed", "paused", "pruned"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, 1, 1), (json.GetProperty("queued").GetInt32(), json.GetProperty("attempts").GetInt32(), json.GetProperty("delivered").GetInt32()));
        Assert.Equal(0, JsonDocument.Parse(Run("webhooks", "run", "--db", db, "--json").Out).RootElement.GetProperty("attempts").GetInt32());
    }
}
