using System.Net;
using Dashboard.Tests.Account;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Access;

/// <summary>
/// Every page and API route (pages found by reflection, so a new page is covered the day it is added) for every role
/// and for anonymous visitors. One host per role keeps the run short; anonymous is covered in <see cref="AccessTests"/>.
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
        ("/api/reports/annual?year=2024", [Roles.Admin, Roles.Executive, Roles.BranchManager]),
        ("/jobs", [Roles.Admin]),
        ("/openapi/v1.json", Roles.All.ToArray()),
    ];

    /// <summary>Pages limited to some roles; every other page is open to any signed-in user.</summary>
    private static readonly Dictionary<string, string[]> LimitedPages = new()
    {
        ["/admin/users"] = [Roles.Admin],
        ["/imports"] = [Roles.Admin, Roles.Designer],
        ["/reports"] = [Roles.Admin, Roles.Executive, Roles.BranchManager],
    };

    public static TheoryData<string> RoleNames() => [.. Roles.All];

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

        var pages = AccessTests.ClosedPages().Select(row => row.Data).Where(p => !p.StartsWith("/api", StringComparison.Ordinal) && p != "/openapi/v1.json");
        var routes = pages.Where(p => !p.StartsWith("/account", StringComparison.Ordinal))
            .Select(p => (p, LimitedPages.TryGetValue(p, out var roles) ? roles : Roles.All.ToArray()))
            .Concat(Api);
        foreach (var (path, allowed) in routes)
        {
            var response = await client.GetAsync(path, ct);
            var ok = response.StatusCode == HttpStatusCode.OK;
            var should = allowed.Contains(role);
            if (ok != should)
                failures.Add($"{role} {path}: {(int)response.StatusCode} {response.Headers.Location} (expected {(should ? "200" : "refusal")})");
        }

        Assert.Empty(failures);
    }
}
