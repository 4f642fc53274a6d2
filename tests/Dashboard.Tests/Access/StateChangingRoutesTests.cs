using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Access;

/// <summary>
/// #21.3 (gaps): the state-changing routes are not a hand-kept list but the host's own endpoint table — every route
/// answering POST, PUT, PATCH or DELETE, plus the Hangfire dashboard's command routes — so a route added tomorrow is
/// covered tomorrow. Each must refuse a cross-site POST exactly (403 from another origin; 400 without the antiforgery
/// token), and answer every role and anonymous visitors exactly (<see cref="AuthorizationMatrixTests.Expected"/>).
/// </summary>
public partial class StateChangingRoutesTests
{
    private const string Password = "a-long-password-1";

    /// <summary>A state-changing route: the path requested, and the roles that may use it ("anonymous" for public ones).</summary>
    public sealed record Write(string Pattern, string Path, bool Page, string[] Allowed);

    /// <summary>Who may use the non-page state-changing routes; a route found in the table but missing here fails the test.</summary>
    private static readonly Dictionary<string, string[]> Api = new()
    {
        ["/account/login"] = ["anonymous", .. Roles.All],
        ["/account/logout"] = [.. Roles.All],
        ["/api/imports/"] = [Roles.Admin, Roles.Designer],
        ["/api/exports/"] = [.. Roles.All],
        ["/api/audits/{id}/review"] = [Roles.Admin, Roles.Designer],
        ["/api/audits/{id}/resubmit"] = [Roles.Admin, Roles.Auditor],
        ["/api/forms/import"] = [Roles.Admin, Roles.Designer],
        ["/api/submissions"] = ["anonymous", .. Roles.All],
        ["/api/partials"] = ["anonymous", .. Roles.All],
        ["/api/submissions/import"] = [Roles.Admin, Roles.Designer],
        ["/i/{token}/stop"] = ["anonymous", .. Roles.All],
        ["/jobs"] = [Roles.Admin],
        // The group's own route (create): its raw text is the group's prefix, with or without the slash.
        ["/api/webhooks/subscribers"] = [Roles.Admin],
        ["/api/webhooks/subscribers/"] = [Roles.Admin],
        ["/api/webhooks/subscribers/{id:long}"] = [Roles.Admin],
        ["/api/webhooks/subscribers/{id:long}/pause"] = [Roles.Admin],
        ["/api/webhooks/subscribers/{id:long}/resume"] = [Roles.Admin],
        ["/api/webhooks/subscribers/{id:long}/delete"] = [Roles.Admin],
        ["/api/webhooks/subscribers/{id:long}/ping"] = [Roles.Admin],
    };

    /// <summary>
    /// Routes that take a POST without our antiforgery token, and why. SignalR's negotiate starts the Blazor circuit
    /// (no state changes; the circuit's own messages are not HTTP POSTs); it is still refused from another origin.
    /// </summary>
    private static readonly Dictionary<string, string> NoTokenNeeded = new()
    {
        ["/_blazor/negotiate"] = "SignalR negotiate: opens a connection, changes nothing",
        ["/_blazor/disconnect"] = "Blazor: the browser closing its own circuit (navigator.sendBeacon cannot send a header)",
    };

    /// <summary>The state-changing routes of the running host, with sample values in their parameters.</summary>
    private static List<Write> Writes(DashboardFactory factory)
    {
        var list = new List<Write>();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var raw = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (raw.StartsWith("/jobs/", StringComparison.Ordinal))
            {
                list.AddRange(HangfireCommands().Select(path => new Write("/jobs", "/jobs" + path, false, Api["/jobs"])));
                continue;
            }
            if (methods is null || !methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE")) continue;
            var component = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
            var allowed = component is not null ? PageRoles(component, raw, endpoint)
                : Api.TryGetValue(raw, out var roles) ? roles : NoTokenNeeded.ContainsKey(raw) ? ["anonymous", .. Roles.All] : [];
            list.Add(new Write(raw, Sample(endpoint.RoutePattern), component is not null, allowed));
        }
        return [.. list.DistinctBy(w => (w.Path, w.Page))];
    }

    /// <summary>A page's roles as the GET matrix has them: ours from its table, the designer's from their attribute.</summary>
    private static string[] PageRoles(Type page, string template, Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return ["anonymous", .. Roles.All];
        if (AuthorizationMatrixTests.LimitedPages.TryGetValue(template, out var ours)) return ours;
        var declared = page.GetCustomAttributes<AuthorizeAttribute>().FirstOrDefault(a => a.Roles is not null)?.Roles?.Split(',', StringSplitOptions.TrimEntries);
        return page.Assembly == typeof(Program).Assembly || declared is null ? [.. Roles.All] : declared;
    }

    /// <summary>The route with its parameters filled: numbers where a constraint asks for one, else a word.</summary>
    private static string Sample(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content is "int" or "long") => "1",
        RoutePatternParameterPart p => p.Name == "token" ? "no-such-token" : "x1",
        RoutePatternSeparatorPart s => s.Content,
        _ => "",
    }))));

    /// <summary>The Hangfire dashboard's command routes (its POSTs: trigger, requeue, delete…), read from its route table.</summary>
    private static IEnumerable<string> HangfireCommands()
    {
        var field = typeof(Hangfire.Dashboard.RouteCollection).GetField("_dispatchers", BindingFlags.NonPublic | BindingFlags.Instance)
                    ?? throw new InvalidOperationException("Hangfire's route table moved; update this test.");
        var dispatchers = (System.Collections.IEnumerable)field.GetValue(Hangfire.Dashboard.DashboardRoutes.Routes)!;
        foreach (var item in dispatchers)
        {
            var (template, dispatcher) = item switch
            {
                Tuple<string, Hangfire.Dashboard.IDashboardDispatcher> t => (t.Item1, t.Item2),
                _ => throw new InvalidOperationException($"Unexpected Hangfire route entry {item.GetType()}"),
            };
            if (!dispatcher.GetType().Name.Contains("Command", StringComparison.Ordinal)) continue;
            yield return GroupPattern().Replace(template.TrimStart('^').TrimEnd('$'), "1");
        }
    }

    [GeneratedRegex(@"\(\?<\w+>[^)]*\)")]
    private static partial Regex GroupPattern();

    private static HttpRequestMessage Post(string path, string? origin = null)
    {
        // multipart/form-data: what a form on another site can send (the upload endpoint accepts nothing else).
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new MultipartFormDataContent { { new StringContent("1"), "x" } } };
        if (origin is not null) request.Headers.TryAddWithoutValidation("Origin", origin);
        return request;
    }

    [Fact]
    public async Task EveryStateChangingRoute_RefusesACrossSitePost_Exactly()
    {
        await using var factory = new DashboardFactory();
        var writes = Writes(factory);
        Assert.True(writes.Count >= 40, $"{writes.Count} routes");
        Assert.Contains(writes, w => w.Path == "/i/no-such-token/stop");
        Assert.Contains(writes, w => w.Path.StartsWith("/jobs/recurring/", StringComparison.Ordinal));
        Assert.Empty(writes.Where(w => w.Allowed.Length == 0).Select(w => $"{w.Pattern}: not in this test's table of who may post"));
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword, withToken: false);
        var ct = TestContext.Current.CancellationToken;
        var failures = new List<string>();

        foreach (var write in writes)
        {
            // From another site (a page on another port of this host, or anywhere): 403 before the endpoint runs.
            var foreign = await client.SendAsync(Post(write.Path, "http://localhost:8081"), ct);
            if (foreign.StatusCode != HttpStatusCode.Forbidden) failures.Add($"{write.Path} from another origin: {(int)foreign.StatusCode}");
            // From no page at all and without the token (a forged form with its Origin stripped): 400.
            if (NoTokenNeeded.ContainsKey(write.Pattern)) continue;
            var tokenless = await client.SendAsync(Post(write.Path), ct);
            // Hangfire checks the same antiforgery token itself and answers 403. No exceptions for JSON endpoints: the
            // token check runs before the body is read, so a form gets the token's 400, not a content-type 415.
            var expected = write.Pattern == "/jobs" ? HttpStatusCode.Forbidden : HttpStatusCode.BadRequest;
            if (tokenless.StatusCode != expected) failures.Add($"{write.Path} form without a token: {(int)tokenless.StatusCode} (expected {(int)expected})");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    public static TheoryData<string> Identities() => ["anonymous", .. Roles.All];

    [Theory]
    [MemberData(nameof(Identities))]
    public async Task EveryStateChangingRoute_AnswersByRole(string identity)
    {
        await using var factory = new DashboardFactory();
        var anonymous = identity == "anonymous";
        HttpClient client;
        if (anonymous)
        {
            client = SignInClient.Anonymous(factory);
            client.DefaultRequestHeaders.Add("RequestVerificationToken", await SignInClient.Token(client));
        }
        else
        {
            using (var c = factory.Store.Open())
                Dapper.SqlMapper.Execute(c, "INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'), ('B01', 'branch', 'C', 'Ф')");
            factory.AddUser("someone", Password, new UserRole(identity, identity == Roles.BranchManager ? "B01" : null));
            client = await SignInClient.SignedIn(factory, "someone", Password);
        }
        var ct = TestContext.Current.CancellationToken;
        var failures = new List<string>();

        using (client)
            // Sign-in and sign-out answer with redirects to the sign-in page whoever asks (SignInTests judge them).
            foreach (var write in Writes(factory).Where(w => !NoTokenNeeded.ContainsKey(w.Pattern) && w.Pattern is not ("/account/logout" or "/account/login")))
            {
                using var request = Post(write.Path);
                request.Headers.TryAddWithoutValidation("Origin", "http://localhost");
                var outcome = AuthorizationMatrixTests.Outcome(await client.SendAsync(request, ct));
                var allowed = write.Allowed.Contains(identity);
                var refusal = AuthorizationMatrixTests.Expected(write.Path, allowed: false, anonymous);
                if (!allowed && outcome != refusal) failures.Add($"{identity} POST {write.Path}: {outcome} (expected {refusal})");
                // Allowed: judged on its merits (200, 302, 400 for the sample body, 404 for the sample id) — never refused, never a 5xx.
                if (allowed && (outcome == refusal || outcome.StartsWith('5') || outcome is "401" or "403"))
                    failures.Add($"{identity} POST {write.Path}: {outcome} (allowed)");
            }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task OptOut_NeedsTheFormsToken()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;

        var page = await client.GetStringAsync("/i/no-such-token/stop", ct);
        var field = TokenField().Match(page);
        Assert.True(field.Success, page);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(Post("/i/no-such-token/stop"), ct)).StatusCode);
        var withToken = await client.PostAsync("/i/no-such-token/stop", new FormUrlEncodedContent(new Dictionary<string, string>
            { [field.Groups[1].Value] = WebUtility.HtmlDecode(field.Groups[2].Value) }), ct);
        Assert.Equal(HttpStatusCode.NotFound, withToken.StatusCode); // past the token check: judged on the (unknown) token
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex TokenField();
}
