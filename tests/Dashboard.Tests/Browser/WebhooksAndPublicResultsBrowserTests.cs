using System.Net;
using System.Net.Sockets;
using Analytics.Engine.Reports.Publishing;
using Analytics.Engine.Webhooks;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// #18 items 4–5 as people see them: the public results page on a 360 px phone (no navigation, «недостаточно ответов»
/// where figures are too small, no sideways scroll of the page), the webhooks page with a pinged subscriber and the
/// publishing panel on /reports. Screenshots are kept for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebhooksAndPublicResultsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task PublicResultsOnAPhone_AndTheWebhooksPage_ReadInRussian()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        Support.PublicResultsSeed.Seed(host.Factory.Service<Analytics.Engine.Store.AnalyticsStore>());
        host.Factory.Service<ResultPublications>().Publish(2025, 3, "boss");
        using var receiver = Receiver(out var url);
        var answered = Task.Run(async () =>
        {
            var context = await receiver.GetContextAsync();
            context.Response.StatusCode = 200;
            context.Response.Close();
        }, TestContext.Current.CancellationToken);
        var subscriber = host.Factory.Service<WebhookSubscribers>().Add(
            new WebhookSubscriberInput("CRM «Обращения»", url, "browser-secret-0123456789", [WebhookEvents.CaseOpened, WebhookEvents.ImportFinished]), "admin");
        Assert.Equal(200, (await host.Factory.Service<WebhookService>().Ping(subscriber.Id, "admin", TestContext.Current.CancellationToken)).Status);
        await answered;

        await using (var phone = await browser.NewContextAsync(new() { BaseURL = host.Address, Locale = "ru-RU", ViewportSize = new() { Width = 360, Height = 780 } }))
        {
            var page = await phone.NewPageAsync();
            var response = await page.GotoAsync("/public/results/B1/2025-Q3");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Отчёт о работе с клиентами за 3 квартал 2025 года");
            await Assertions.Expect(page.Locator("[data-suppressed=true]").First).ToHaveTextAsync("недостаточно ответов");
            Assert.Equal(0, await page.Locator("nav, .mud-nav-link, .mud-appbar").CountAsync());
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
            await Screenshots.Save(page, "18-public-results-phone");
            Assert.Equal(404, (await page.GotoAsync("/public/results/B1/2024-Q3"))!.Status);
        }

        await using var desk = await browser.NewContextAsync(new() { BaseURL = host.Address, Locale = "ru-RU", ViewportSize = new() { Width = 1440, Height = 900 } });
        var admin = await desk.NewPageAsync();
        await Pages.SignIn(admin, "admin", Support.DashboardFactory.AdminPassword);
        await admin.GotoAsync("/admin/webhooks");
        await Pages.WaitInteractive(admin);
        var row = admin.Locator("tr[data-subscriber]");
        await Assertions.Expect(row).ToContainTextAsync("Мера (кейс) открыта");
        await Assertions.Expect(row.Locator("[data-test=state]")).ToHaveTextAsync("Активен");
        var log = admin.Locator("[data-test=delivery-log] tbody tr").First;
        await Assertions.Expect(log).ToContainTextAsync("Проверочный запрос");
        await Assertions.Expect(log).ToContainTextAsync("HTTP 200");
        await Screenshots.Save(admin, "18-webhooks");

        await admin.GotoAsync("/reports");
        await Pages.WaitInteractive(admin);
        await Assertions.Expect(admin.Locator("[data-test=published] tr[data-quarter='2025-Q3']")).ToContainTextAsync("3 кв. 2025");
        await Screenshots.Save(admin, "18-reports-publish");
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
}
