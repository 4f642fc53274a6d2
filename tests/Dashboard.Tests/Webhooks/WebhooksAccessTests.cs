using Dashboard.Tests.Access;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Webhooks;

/// <summary>/admin/webhooks on the real host: Admin only; every other role is sent to the refusal page, anonymous to sign-in.</summary>
public class WebhooksAccessTests
{
    private const string Password = "a-long-password-1";

    [Fact]
    public async Task WebhooksPage_IsForAdminsOnly()
    {
        await using var factory = new DashboardFactory();
        using (var c = factory.Store.Open())
            Dapper.SqlMapper.Execute(c, "INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'), ('B01', 'branch', 'C', 'Ф')");
        var outcomes = new List<string>();
        foreach (var role in Roles.All)
        {
            var user = "u-" + role.ToLowerInvariant();
            factory.AddUser(user, Password, new UserRole(role, role == Roles.BranchManager ? "B01" : null));
            using var client = await SignInClient.SignedIn(factory, user, Password);
            outcomes.Add($"{role} {AuthorizationMatrixTests.Outcome(await client.GetAsync("/admin/webhooks", TestContext.Current.CancellationToken))}");
        }
        using var anonymous = SignInClient.Anonymous(factory);
        outcomes.Add($"anonymous {AuthorizationMatrixTests.Outcome(await anonymous.GetAsync("/admin/webhooks", TestContext.Current.CancellationToken))}");

        Assert.Equal([.. Roles.All.Select(r => $"{r} {(r == Roles.Admin ? "200" : "302 /account/denied")}"), "anonymous 302 /account/login"], outcomes);
    }
}
