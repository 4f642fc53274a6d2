using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Access;

/// <summary>
/// Every page and API route (pages found by reflection, so a new page is covered the day it is added) for every role
/// and for anonymous visitors, each answer checked exactly. One host per identity keeps the run short; the
/// state-changing endpoints' cross-site refusals are <see cref="RequestForgeryTests"/>.
/// </summary>
public class AuthorizationMatrixTests
{
    private const string Password = "a-long-password-1";

    /// <summary>Routes beyond the Razor pages, and who may use them.</summary>
    private static readonly (string Path, string[] Allowed)[] Api =
    [
        ("/api/imports/kinds", [Roles.Admin, Roles.Designer]),
        ("/api/imports/quarantine", [Roles.Admin, Roles.Designer]),
        ("/api/appeals", Roles.All.ToArray()),
        ("/api/appeals/overdue?format=csv", Roles.All.ToArray()),
        ("/api/indicators/criteria?year=2024&format=csv", Roles.All.ToArray()),
        ("/api/benchmark/ranking?year=2024&format=xlsx", Roles.All.ToArray()),
        ("/api/trends?year=2024&format=csv", Roles.All.ToArray()),
        ("/api/audits/failed-items?year=2024&format=csv", Roles.All.ToArray()),
        ("/api/surveys/by-office?year=2024&format=csv", Roles.All.ToArray()),
        ("/api/records/appeals?format=csv", Roles.All.ToArray()),
        ("/api/actions/list?format=xlsx", Roles.All.ToArray()),
        ("/api/admin/access-log?format=csv", [Roles.Admin]),
        ("/api/admin/audit?format=xlsx&kind=user", [Roles.Admin]),
        ("/api/store/inventory?format=xlsx", [Roles.Admin]),
        ("/api/webhooks/subscribers", [Roles.Admin]),

        ("/api/records/answers?format=xlsx&form=checklist", Roles.All.ToArray()),
        // Background exports: every signed-in role lists its own; a file is its owner's or an Admin's (BackgroundExportTests).
        ("/api/exports", Roles.All.ToArray()),
        ("/exports", Roles.All.ToArray()),
        ("/records/appeals?state=overdue", Roles.All.ToArray()),
        ("/records/queue", Roles.All.ToArray()),
        ("/records/calls", Roles.All.ToArray()),
        ("/records/control-calls", Roles.All.ToArray()),
        ("/records/answers", Roles.All.ToArray()),
        ("/records/submissions", Roles.All.ToArray()),
        ("/appeals?from=2024-01-01&to=2024-12-31&branch=B01&channel=phone&consumer=legal", Roles.All.ToArray()),
        ("/api/reports/annual?year=2024", [Roles.Admin, Roles.Executive, Roles.BranchManager]),
        ("/jobs", [Roles.Admin]),
        ("/openapi/v1.json", Roles.All.ToArray()),
    ];

    /// <summary>Pages limited to some roles; every other page is open to any signed-in user.</summary>
    internal static readonly Dictionary<string, string[]> LimitedPages = new()
    {
        ["/admin/users"] = [Roles.Admin],
        ["/admin/access-log"] = [Roles.Admin],
        ["/admin/audit"] = [Roles.Admin],
        ["/admin/store"] = [Roles.Admin],
        ["/admin/erasure"] = [Roles.Admin],
        ["/admin/webhooks"] = [Roles.Admin],
        ["/admin/case-owners"] = [Roles.Admin],
        ["/imports"] = [Roles.Admin, Roles.Designer],
        ["/appeals/review"] = [Roles.Admin, Roles.Designer],
        ["/audits/plans"] = [Roles.Admin, Roles.Designer],
        ["/audits/review"] = [Roles.Admin, Roles.Designer],
        ["/invitations"] = [Roles.Admin, Roles.Designer, Roles.Executive],
        ["/reports"] = [Roles.Admin, Roles.Executive, Roles.BranchManager],
        ["/methodology/trace"] = [Roles.Admin, Roles.Designer, Roles.Executive],
    };

    public static TheoryData<string> RoleNames() => [.. Roles.All];

    /// <summary>
    /// Every closed page without route parameters. Expected roles: ours from <see cref="LimitedPages"/> (so a dropped
    /// attribute fails the test); pages of the mounted designer from their own [Authorize(Roles)].
    /// </summary>
    private static IEnumerable<(string Path, string[] Allowed)> Pages()
    {
        foreach (var type in new[] { typeof(Program).Assembly, typeof(SurveyDesigner.Marker).Assembly }.SelectMany(a => a.GetTypes()))
        {
            if (type.GetCustomAttribute<AllowAnonymousAttribute>() is not null) continue;
            var declared = type.GetCustomAttributes<AuthorizeAttribute>().FirstOrDefault(a => a.Roles is not null)?.Roles?.Split(',', StringSplitOptions.TrimEntries);
            foreach (var route in type.GetCustomAttributes<RouteAttribute>().Where(r => !r.Template.Contains('{')))
                yield return (route.Template, LimitedPages.TryGetValue(route.Template, out var ours) ? ours
                    : type.Assembly == typeof(Program).Assembly || declared is null ? [.. Roles.All] : declared);
        }
    }

    /// <summary>
    /// The one right answer for a route: 200 when allowed; otherwise an API says 403 (401 when anonymous) and a page
    /// redirects to /account/denied (to sign-in when anonymous). A 500, a 404 or a 400 is never a refusal.
    /// </summary>
    internal static string Expected(string path, bool allowed, bool anonymous) =>
        allowed ? "200"
        : path.StartsWith("/api/", StringComparison.Ordinal) ? (anonymous ? "401" : "403")
        : anonymous ? "302 /account/login" : "302 /account/denied";

    internal static string Outcome(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
            ? $"302 {(response.Headers.Location is { } to ? new Uri(new Uri("http://localhost"), to).AbsolutePath : "")}"
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<(string Path, string[] Allowed)> Routes() =>
        Pages().Where(p => !p.Path.StartsWith("/account", StringComparison.Ordinal)).Concat(Api);

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task EveryRoute_AnswersByRole(string role)
    {
        await using var factory = new DashboardFactory();
        using (var c = factory.Store.Open())
            Dapper.SqlMapper.Execute(c, "INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'), ('B01', 'branch', 'C', 'Ф')");
        factory.AddUser("someone", Password, new UserRole(role, role == Roles.BranchManager ? "B01" : null));
        using var client = await SignInClient.SignedIn(factory, "someone", Password);
        var ct = TestContext.Current.CancellationToken;
        var failures = new List<string>();

        foreach (var (path, allowed) in Routes())
        {
            var outcome = Outcome(await client.GetAsync(path, ct));
            // An auditor's home is the runner: the Overview sends one straight to /checklist.
            var expected = role == Roles.Auditor && path == "/" ? "302 /checklist" : Expected(path, allowed.Contains(role), anonymous: false);
            if (outcome != expected) failures.Add($"{role} {path}: {outcome} (expected {expected})");
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task EveryRoute_RefusesAnonymous()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;
        var failures = new List<string>();

        foreach (var (path, _) in Routes())
        {
            var outcome = Outcome(await client.GetAsync(path, ct));
            var expected = Expected(path, allowed: false, anonymous: true);
            if (outcome != expected) failures.Add($"anonymous {path}: {outcome} (expected {expected})");
        }

        Assert.Empty(failures);
    }
}
