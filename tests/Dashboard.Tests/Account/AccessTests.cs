using System.Net;
using System.Reflection;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Tests.Account;

public class AccessTests
{
    private const string Password = "a-long-password-1";

    /// <summary>Every routable page of the host and the mounted designer, found by reflection so new pages are covered.</summary>
    public static TheoryData<string> ClosedPages()
    {
        var assemblies = new[] { typeof(Program).Assembly, typeof(SurveyDesigner.Marker).Assembly };
        var data = new TheoryData<string>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.GetCustomAttribute<AllowAnonymousAttribute>() is not null) continue;
            foreach (var route in type.GetCustomAttributes<RouteAttribute>())
                if (!route.Template.Contains('{')) data.Add(route.Template);
        }
        data.Add("/api/imports/kinds");
        data.Add("/openapi/v1.json");
        data.Add("/records/appeals");
        data.Add("/api/records/appeals?format=csv");
        return data;
    }

    [Theory]
    [MemberData(nameof(ClosedPages))]
    public async Task Get_RedirectsOrRefuses_WhenAnonymous(string path)
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        if (path.StartsWith("/api", StringComparison.Ordinal))
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        else
            Assert.True(SignInClient.RedirectsToSignIn(response), $"{path}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [InlineData(Roles.Admin, "/", true)]
    [InlineData(Roles.Admin, "/admin/users", true)]
    [InlineData(Roles.Admin, "/imports", true)]
    [InlineData(Roles.Designer, "/imports", true)]
    [InlineData(Roles.Designer, "/admin/users", false)]
    [InlineData(Roles.Executive, "/", true)]
    [InlineData(Roles.Executive, "/imports", false)]
    [InlineData(Roles.Executive, "/admin/users", false)]
    [InlineData(Roles.Auditor, "/imports", false)]
    [InlineData(Roles.BranchManager, "/", true)]
    [InlineData(Roles.BranchManager, "/admin/users", false)]
    public async Task Get_AllowsOnlyRolesThatShould(string role, string path, bool allowed)
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("someone", Password, new UserRole(role, role == Roles.BranchManager ? "B01" : null));
        using var client = await SignInClient.SignedIn(factory, "someone", Password);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        if (allowed) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else Assert.Contains("/account/denied", response.Headers.Location?.OriginalString ?? "");
    }

    [Fact]
    public async Task SignIn_CarriesBranchOfBranchManager_AsClaim()
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("bm", Password, new UserRole(Roles.BranchManager, "B07"));

        var outcome = factory.Service<SignInService>().Verify("BM", Password, null);

        Assert.True(outcome.Succeeded);
        Assert.Equal("B07", outcome.Principal!.FindFirst(Roles.BranchClaim)?.Value);
        Assert.True(outcome.Principal.IsInRole(Roles.BranchManager));
    }

    [Fact]
    public async Task Session_Ends_WhenUserIsDisabled()
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("exec", Password, new UserRole(Roles.Executive, null));
        using var client = await SignInClient.SignedIn(factory, "exec", Password);
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", ct)).StatusCode);

        factory.Service<UserService>().SetEnabled("exec", false, "admin");

        Assert.True(SignInClient.RedirectsToSignIn(await client.GetAsync("/", ct)));
    }

    [Fact]
    public async Task Session_Ends_WhenPasswordIsReset()
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("exec", Password, new UserRole(Roles.Executive, null));
        using var client = await SignInClient.SignedIn(factory, "exec", Password);

        factory.Service<UserService>().ResetPassword("exec", "another-long-password", "admin");

        Assert.True(SignInClient.RedirectsToSignIn(await client.GetAsync("/", TestContext.Current.CancellationToken)));
    }
}
