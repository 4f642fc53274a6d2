using System.Security.Claims;
using Dashboard.Users;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Hosting;

/// <summary>A circuit lives long: every minute it checks the user is still enabled with the same stamp.</summary>
public sealed class StampRevalidatingStateProvider(ILoggerFactory loggerFactory, UserStore users)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        if (OidcClaimsMapper.IsExternal(state.User)) return Task.FromResult(true);
        var name = state.User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var stamp = state.User.FindFirst(Roles.StampClaim)?.Value;
        return Task.FromResult(name is not null && stamp is not null && users.ActiveStamp(name) == stamp);
    }
}
