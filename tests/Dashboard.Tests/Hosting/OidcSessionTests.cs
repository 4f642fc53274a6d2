using System.Security.Claims;
using Dashboard.Hosting;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Hosting;

public class OidcSessionTests
{
    [Fact]
    public async Task ValidatePrincipal_KeepsOidcSession_WhenUserHasNoLocalRow()
    {
        await using var factory = new DashboardFactory();
        using var _ = factory.CreateClient();
        var external = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "u-5"), new Claim("groups", "board")], "test"));
        var options = new OidcOptions { RoleMap = new() { ["board"] = Roles.Executive } };
        var principal = OidcClaimsMapper.Map(external, options).Principal!;

        var context = await Validate(factory, principal);

        Assert.Same(principal, context.Principal);
    }

    [Fact]
    public async Task ValidatePrincipal_RejectsLocalLookingSession_WhenItHasNoStamp()
    {
        await using var factory = new DashboardFactory();
        using var _ = factory.CreateClient();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "admin"), new Claim(ClaimTypes.Role, Roles.Admin)], "test"));

        var context = await Validate(factory, principal);

        Assert.Null(context.Principal);
    }

    private static async Task<CookieValidatePrincipalContext> Validate(DashboardFactory factory, ClaimsPrincipal principal)
    {
        using var scope = factory.Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var scheme = new AuthenticationScheme(CookieAuthenticationDefaults.AuthenticationScheme, null, typeof(CookieAuthenticationHandler));
        var ticket = new AuthenticationTicket(principal, scheme.Name);
        var context = new CookieValidatePrincipalContext(http, scheme, new CookieAuthenticationOptions(), ticket);
        await scope.ServiceProvider.GetRequiredService<StampValidatingCookieEvents>().ValidatePrincipal(context);
        return context;
    }
}
