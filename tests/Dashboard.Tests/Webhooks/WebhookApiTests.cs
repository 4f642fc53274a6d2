using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Dapper;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Webhooks;

/// <summary>
/// The subscribers' JSON API on the real host (ADR 0029): an Admin creates, lists, pings, reads the delivery log,
/// pauses, resumes and deletes — through the page's Engine services, audited, never echoing the secret; every other
/// role and anonymous callers are refused, and so is a cross-site or tokenless write.
/// </summary>
public class WebhookApiTests
{
    private const string Password = "a-long-password-1";
    private const string Secret = "api-secret-0123456789";

    [Fact]
    public async Task Admin_CreatesListsPingsAndReadsTheDeliveryLog_ThenPausesResumesAndDeletes()
    {
        using var listener = Receiver(out var url);
        var ct = TestContext.Current.CancellationToken;
        var received = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var eventType = context.Request.Headers["X-Analytics-Event"];
            context.Response.StatusCode = 200;
            context.Response.Close();
            return eventType;
        }, ct);
        await using var factory = new DashboardFactory();
        using var admin = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);

        var bad = await admin.PostAsJsonAsync("/api/webhooks/subscribers", new { name = "CRM", url = "ftp://nowhere", secret = Secret, events = new[] { "import.finished" } }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Адрес — полный URL", await bad.Content.ReadAsStringAsync(ct));

        var created = await admin.PostAsJsonAsync("/api/webhooks/subscribers", new { name = "CRM", url, secret = Secret, events = new[] { "import.finished", "case.opened" } }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var createdText = await created.Content.ReadAsStringAsync(ct);
        Assert.DoesNotContain(Secret, createdText, StringComparison.Ordinal);
        var id = JsonDocument.Parse(createdText).RootElement.GetProperty("id").GetInt64();
        Assert.Equal($"/api/webhooks/subscribers/{id}", created.Headers.Location!.OriginalString);

        var list = JsonDocument.Parse(await admin.GetStringAsync("/api/webhooks/subscribers", ct)).RootElement;
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal(("CRM", "active"), (listed.GetProperty("name").GetString(), listed.GetProperty("state").GetString()));
        Assert.Equal(["case.opened", "import.finished"], listed.GetProperty("events").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.False(listed.TryGetProperty("secret", out _));

        var ping = await admin.PostAsync($"/api/webhooks/subscribers/{id}/ping", null, ct);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal("ping", await received.WaitAsync(TimeSpan.FromSeconds(30), ct));
        var log = JsonDocument.Parse(await admin.GetStringAsync($"/api/webhooks/subscribers/{id}/deliveries", ct)).RootElement;
        Assert.Equal(1, log.GetProperty("total").GetInt64());
        var attempt = Assert.Single(log.GetProperty("attempts").EnumerateArray());
        Assert.Equal(("ping", 200, "delivered", 1), (attempt.GetProperty("eventType").GetString(), attempt.GetProperty("status").GetInt32(),
            attempt.GetProperty("deliveryState").GetString(), attempt.GetProperty("attempt").GetInt32()));

        var edited = await admin.PostAsJsonAsync($"/api/webhooks/subscribers/{id}", new { name = "CRM-2", url, events = new[] { "case.closed" } }, ct);
        Assert.Equal("CRM-2", JsonDocument.Parse(await edited.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("name").GetString());
        Assert.Equal("paused", await State(admin, $"/api/webhooks/subscribers/{id}/pause"));
        Assert.Equal("active", await State(admin, $"/api/webhooks/subscribers/{id}/resume"));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/webhooks/subscribers/{id}/delete", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/webhooks/subscribers/{id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/webhooks/subscribers/{id}/deliveries", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/webhooks/subscribers/{id}/pause", null, ct)).StatusCode);

        // Every change is in the audit trail under the admin's name, the secret nowhere in it.
        using var c = factory.Store.Open();
        var entries = c.Query<(string Actor, string Action, string? After)>(
            "SELECT actor, action, after_json FROM audit_entry WHERE entity_kind = 'webhook' AND entity_id = $id ORDER BY seq", new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }).AsList();
        Assert.Equal(["create", "update", "disable", "enable", "delete"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("admin", e.Actor));
        Assert.DoesNotContain(entries, e => e.After?.Contains(Secret, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task EveryOtherRole_AndAnonymous_AreRefused_AndCrossSiteOrTokenlessWritesToo()
    {
        await using var factory = new DashboardFactory();
        var ct = TestContext.Current.CancellationToken;
        using (var c = factory.Store.Open())
            c.Execute("INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'), ('B01', 'branch', 'C', 'Ф')");
        var body = new { name = "CRM", url = "https://crm.example.ru/hooks", secret = Secret, events = new[] { "import.finished" } };
        var outcomes = new List<string>();
        foreach (var role in Roles.All.Where(r => r != Roles.Admin))
        {
            var user = "u-" + role.ToLowerInvariant();
            factory.AddUser(user, Password, new UserRole(role, role == Roles.BranchManager ? "B01" : null));
            using var client = await SignInClient.SignedIn(factory, user, Password);
            outcomes.Add($"{role} GET {(int)(await client.GetAsync("/api/webhooks/subscribers", ct)).StatusCode}");
            outcomes.Add($"{role} POST {(int)(await client.PostAsJsonAsync("/api/webhooks/subscribers", body, ct)).StatusCode}");
        }
        using (var anonymous = SignInClient.Anonymous(factory))
        {
            outcomes.Add($"anonymous GET {(int)(await anonymous.GetAsync("/api/webhooks/subscribers", ct)).StatusCode}");
            outcomes.Add($"anonymous POST {(int)(await anonymous.PostAsJsonAsync("/api/webhooks/subscribers", body, ct)).StatusCode}");
        }
        Assert.Equal([.. Roles.All.Where(r => r != Roles.Admin).SelectMany(r => new[] { $"{r} GET 403", $"{r} POST 403" }),
            "anonymous GET 401", "anonymous POST 401"], outcomes);

        // The Admin's own session, but from another site, or without the antiforgery header: refused, nothing stored.
        using var admin = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/subscribers") { Content = JsonContent.Create(body) };
        foreign.Headers.TryAddWithoutValidation("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.SendAsync(foreign, ct)).StatusCode);
        using var tokenless = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, (await tokenless.PostAsJsonAsync("/api/webhooks/subscribers", body, ct)).StatusCode);
        using var check = factory.Store.Open();
        Assert.Equal(0L, check.ExecuteScalar<long>("SELECT count(*) FROM webhook_subscriber"));
    }

    private static async Task<string?> State(HttpClient client, string path)
    {
        var response = await client.PostAsync(path, null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("state").GetString();
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
