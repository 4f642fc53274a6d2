using System.Net;
using Analytics.Engine.Delivery;
using Analytics.Engine.Forms;
using Analytics.Engine.Invitations;
using Analytics.Engine.Store;
using Dapper;
using Dashboard.Tests.Browser;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Invitations;

/// <summary>
/// The invitation links on the real host (start → questionnaire with the token, open pixel, opt-out on POST only)
/// and the /invitations page at 1440 px showing the same funnel figures as the Engine query.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InvitationsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Links_Work_AndThePageShowsTheEngineFunnel()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false", ["Invitations:PublicBaseUrl"] = "https://opros.test" });
        var tokens = await Seed(host);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.Address) };

        var start = await http.GetAsync($"/i/{tokens[0]}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var target = start.Headers.Location!.ToString();
        Assert.Equal($"/q/client-satisfaction?office=O11&t={tokens[0]}", target);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(target, TestContext.Current.CancellationToken)).StatusCode);
        var pixel = await http.GetAsync($"/i/{tokens[1]}/o.gif", TestContext.Current.CancellationToken);
        Assert.Equal("image/gif", pixel.Content.Headers.ContentType!.MediaType);
        var confirm = await http.GetAsync($"/i/{tokens[2]}/stop", TestContext.Current.CancellationToken);
        var form = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<form method=\"post\">", form);
        Assert.Equal(0, Count(host, "SELECT count(*) FROM client_opt_out")); // a GET (a mail scanner) opts nobody out
        // The POST needs the form's antiforgery token (StateChangingRoutesTests refuses it without one).
        var antiforgery = System.Text.RegularExpressions.Regex.Match(form, "name=\"([^\"]+)\" value=\"([^\"]+)\"");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"/i/{tokens[2]}/stop", new FormUrlEncodedContent(new Dictionary<string, string>
            { [antiforgery.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(antiforgery.Groups[2].Value) }), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(1, Count(host, "SELECT count(*) FROM client_opt_out"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/i/no-such-token", TestContext.Current.CancellationToken)).StatusCode);

        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 1000 } });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
        await page.GotoAsync("/invitations");
        await Pages.WaitInteractive(page);
        await Screenshots.Save(page, "invitations");

        var funnel = Assert.Single(host.Factory.Service<InvitationFunnel>().ByRule());
        var cells = await page.Locator("tr[data-rule='appeal-email'] td").AllInnerTextsAsync();
        Assert.Contains("Эл. почта", cells[0]);
        Assert.Equal(["4", "1", "3", "3", "2", "1", "0", "0", "1", "0"], cells.Skip(1).Take(10).ToArray());
        Assert.StartsWith("0,0", cells[11]); // completed of sent, "0,0 %"
        Assert.Equal((4, 1, 3, 2, 1, 1), (funnel.Eligible, funnel.Suppressed, funnel.Sent, funnel.Opened, funnel.Started, funnel.OptedOut));
        Assert.Equal(4, await page.Locator("[data-template]").CountAsync());
    }

    private static long Count(LiveHost host, string sql)
    {
        using var c = host.Factory.Service<AnalyticsStore>().Open();
        return c.ExecuteScalar<long>(sql);
    }

    /// <summary>Four answered appeals (one without consent) run through the Engine with a transport that accepts everything.</summary>
    private static async Task<string[]> Seed(LiveHost host)
    {
        var store = host.Factory.Service<AnalyticsStore>();
        using (var c = store.Open())
        {
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES ('CO', 'company', NULL, 'Компания'),
                  ('B1', 'branch', 'CO', 'Филиал'), ('O11', 'office', 'B1', 'Офис обслуживания № 11');
                INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_email, channel, kind, received_at, registered_at, answered_at, status)
                SELECT 'A-' || i, 'O11', 'individual', 'K' || i, 'c' || i || '@example.ru', 'email', 'complaint',
                       TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-10 10:00', 'answered'
                FROM range(1, 5) t(i);
                INSERT INTO client_consent SELECT 'K' || i, TIMESTAMP '2025-01-01', 'test' FROM range(1, 4) t(i);
                """);
        }
        var forms = host.Factory.Service<FormService>();
        forms.Publish(forms.CreateFromTemplate("client-satisfaction", "client-satisfaction"));
        host.Factory.Service<InvitationRules>().Save(new InvitationRule("appeal-email", "После ответа на обращение", "appeal_answered",
            "client-satisfaction", 120, "email", [3]));
        var service = new InvitationService(store, host.Factory.Service<IOptions<InvitationOptions>>(), new AcceptAll(),
            host.Factory.Service<ISmsGateway>(), TimeProvider.System);
        var run = await service.Run(new DateTime(2027, 3, 10, 9, 30, 0, DateTimeKind.Utc), TestContext.Current.CancellationToken);
        Assert.Equal((4, 3, 1), (run.Eligible, run.Sent, run.Suppressed));
        using var r = store.Open();
        return [.. r.Query<string>("SELECT token FROM invitation_outbox WHERE token IS NOT NULL ORDER BY event_ref")];
    }

    private sealed class AcceptAll : IEmailSender
    {
        public bool Configured => true;
        public Task<SendOutcome> Send(OutgoingEmail mail, CancellationToken cancellationToken) => Task.FromResult(SendOutcome.Ok(mail.MessageId));
    }
}
