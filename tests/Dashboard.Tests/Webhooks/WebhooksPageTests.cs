using System.Net;
using System.Net.Sockets;
using Analytics.Engine.Webhooks;
using Bunit;
using Dapper;
using Dashboard.Components.Pages.Admin.Webhooks;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Webhooks;

/// <summary>
/// /admin/webhooks with the real Engine services over a temp store and a real receiver on loopback: add a subscriber,
/// send a test ping, read the log in Russian and Moscow time, pause it; every change audited, the secret nowhere.
/// </summary>
public class WebhooksPageTests : BunitContext
{
    private readonly TestStore _store = new();

    [Fact]
    public async Task Admin_AddsPingsAndPausesASubscriber_AndReadsTheLog()
    {
        using var listener = Receiver(out var url);
        var received = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var ok = context.Request.Headers["X-Analytics-Event"] == "ping";
            context.Response.StatusCode = 200;
            context.Response.Close();
            return ok;
        }, Xunit.TestContext.Current.CancellationToken);
        this.AddDashboardServices(_store.Store, "ru-RU");
        Services.AddSingleton<IWebhookSecretProtector>(new Dashboard.Webhooks.DataProtectionSecrets(new EphemeralDataProtectionProvider()));
        Services.AddSingleton<WebhookSubscribers>();
        Services.AddSingleton<WebhookLog>();
        Services.AddSingleton(sp => new WebhookService(_store.Store, Options.Create(new WebhookOptions { TimeoutSeconds = 60 }), sp.GetRequiredService<WebhookSubscribers>(),
            new HttpClient(), TimeProvider.System));
        this.SignInAs("root", Roles.Admin);

        var cut = Render<WebhooksPage>();
        Assert.NotNull(cut.Find("[data-test=hooks-empty]"));
        cut.Find("input[data-test=url]").Change("ftp://nowhere");
        cut.Find("input[data-test=name]").Change("CRM");
        cut.Find("input[data-test=secret]").Change("secret-for-the-page-123");
        cut.Find("[data-test=save]").Click();
        Assert.Contains("Адрес — полный URL", cut.Find("[data-test=hooks-message]").TextContent); // refused in Russian, nothing stored

        cut.Find("input[data-test=url]").Change(url);
        cut.Find("input[data-event='import.finished']").Change(true);
        cut.Find("[data-test=save]").Click();
        var row = cut.Find("tr[data-subscriber]");
        Assert.Contains("Загрузка файла завершена", row.TextContent);
        Assert.Equal("Активен", row.QuerySelector("[data-test=state]")!.TextContent.Trim());

        await cut.InvokeAsync(() => cut.Find("[data-test=ping]").Click());
        cut.WaitForAssertion(() => Assert.Contains("Проверочный запрос доставлен: HTTP 200", cut.Find("[data-test=hooks-message]").TextContent),
            TimeSpan.FromSeconds(30)); // a real POST on loopback; the machine is shared
        Assert.True(await received);
        var log = cut.Find("[data-test=delivery-log] tbody tr");
        Assert.Contains("Проверочный запрос", log.TextContent);
        Assert.Contains("HTTP 200", log.QuerySelector("[data-test=result]")!.TextContent);
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$", log.QuerySelector("td")!.TextContent);
        Assert.Contains("Доставлено", log.TextContent);
        Assert.Contains("всего попыток: 1", cut.Find("[data-test=log-pager]").TextContent);

        await cut.InvokeAsync(() => cut.Find("[data-test=pause]").Click());
        // The pause writes the store and the audit trail before the row re-renders; on a loaded machine that is not instant.
        cut.WaitForAssertion(() => Assert.StartsWith("Приостановлен", cut.Find("tr[data-subscriber] [data-test=state]").TextContent.Trim()),
            TimeSpan.FromSeconds(30));
        using var c = _store.Store.Open();
        var audit = c.Query<string>("SELECT action || ' ' || actor || ' ' || coalesce(after_json, '') FROM audit_entry WHERE entity_kind = 'webhook' ORDER BY seq").AsList();
        Assert.Equal(2, audit.Count);
        Assert.StartsWith("create root", audit[0]);
        Assert.StartsWith("disable root", audit[1]);
        Assert.DoesNotContain("secret-for-the-page", string.Join("", audit));
        Assert.DoesNotContain("secret-for-the-page", c.ExecuteScalar<string>("SELECT secret FROM webhook_subscriber"));
    }

    private static HttpListener Receiver(out string url)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hooks/";
        probe.Stop();
        var listener = new HttpListener();
        listener.Prefixes.Add(url);
        listener.Start();
        return listener;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _store.Dispose();
        base.Dispose(disposing);
    }
}
