using System.Security.Claims;
using Dashboard.Hosting;

namespace Dashboard.Users;

/// <summary>Why an OpenID Connect user was turned away; <see cref="None"/> when signed in.</summary>
public enum OidcDenial { None, NoMappedGroup, NoBranch, NoSubject }

public sealed record OidcMapping(ClaimsPrincipal? Principal, OidcDenial Denial, IReadOnlyList<string> Groups)
{
    public bool Succeeded => Principal is not null;
}

/// <summary>
/// Turns the provider's ID-token claims into the suite's principal: a fresh identity holding only our claims, so a
/// provider's own "role" claims can never grant anything — roles come solely from <see cref="OidcOptions.RoleMap"/>.
/// </summary>
public static class OidcClaimsMapper
{
    public const string AuthenticationType = "oidc";

    /// <summary>Marks an external user: no local row, so no security stamp to check (the provider vouches).</summary>
    public const string IdentityProviderClaim = "analytics:idp";

    /// <summary>User names of external users are prefixed so they can never collide with a local account.</summary>
    public const string UserNamePrefix = "oidc:";

    public static OidcMapping Map(ClaimsPrincipal external, OidcOptions options)
    {
        var groups = external.FindAll(options.GroupsClaim).Select(c => c.Value.Trim()).Where(g => g.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var subject = external.FindFirst("sub")?.Value ?? external.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (string.IsNullOrWhiteSpace(subject)) return new(null, OidcDenial.NoSubject, groups);

        var map = new Dictionary<string, string>(options.RoleMap, StringComparer.OrdinalIgnoreCase);
        var roles = groups.Where(map.ContainsKey).Select(g => map[g]).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0) return new(null, OidcDenial.NoMappedGroup, groups);

        // A branch manager without a branch would see nothing (or, worse, be treated as company-wide): drop the role.
        var branch = string.IsNullOrWhiteSpace(options.BranchClaim) ? null : external.FindFirst(options.BranchClaim)?.Value?.Trim();
        if (roles.Contains(Roles.BranchManager) && string.IsNullOrEmpty(branch))
        {
            roles.Remove(Roles.BranchManager);
            if (roles.Count == 0) return new(null, OidcDenial.NoBranch, groups);
        }

        var display = First(external, "name", ClaimTypes.Name, "preferred_username", "email") ?? subject;
        var issuer = external.FindFirst("iss")?.Value ?? external.Claims.FirstOrDefault()?.Issuer ?? AuthenticationType;
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, UserNamePrefix + subject),
            new(ClaimTypes.Name, display),
            new(IdentityProviderClaim, issuer),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (roles.Contains(Roles.BranchManager)) claims.Add(new(Roles.BranchClaim, branch!));
        return new(new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType)), OidcDenial.None, groups);
    }

    /// <summary>True for a principal made by <see cref="Map"/>.</summary>
    public static bool IsExternal(ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == IdentityProviderClaim);

    private static string? First(ClaimsPrincipal principal, params string[] types) =>
        types.Select(t => principal.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
