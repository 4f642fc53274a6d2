using System.ComponentModel.DataAnnotations;
using Dashboard.Users;

namespace Dashboard.Hosting;

/// <summary>
/// Optional single sign-on through an OpenID Connect provider (section <c>Authentication:Oidc</c>); the provider's
/// groups become the suite's roles through <see cref="RoleMap"/>. Off by default: only local accounts then.
/// </summary>
public sealed class OidcOptions : IValidatableObject
{
    public const string SectionName = "Authentication:Oidc";
    public const string Scheme = "oidc";

    public bool Enabled { get; set; }

    /// <summary>The provider's issuer URL; its discovery document is fetched on the first sign-in, not at start.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Empty for a public client (PKCE alone); a confidential client sends it when redeeming the code.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The ID-token claim listing the user's groups.</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>Provider group → suite role; groups not listed grant nothing.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Claim holding a branch manager's branch code; without it the BranchManager role is not granted.</summary>
    public string? BranchClaim { get; set; }

    /// <summary>Name of the provider on the sign-in button ("Sign in with {DisplayName}").</summary>
    public string DisplayName { get; set; } = "SSO";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        const string prefix = SectionName + ":";
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            yield return new($"{prefix}Authority must be an absolute https URL (the provider's issuer).", [nameof(Authority)]);
        if (string.IsNullOrWhiteSpace(ClientId))
            yield return new($"{prefix}ClientId is required when {prefix}Enabled is true.", [nameof(ClientId)]);
        if (string.IsNullOrWhiteSpace(GroupsClaim))
            yield return new($"{prefix}GroupsClaim must name the claim that lists the user's groups.", [nameof(GroupsClaim)]);
        if (RoleMap.Count == 0)
            yield return new($"{prefix}RoleMap must map at least one group to a role, or nobody could sign in.", [nameof(RoleMap)]);
        foreach (var (group, role) in RoleMap)
            if (!Roles.All.Contains(role, StringComparer.Ordinal))
                yield return new($"{prefix}RoleMap:{group} is '{role}'; roles are {string.Join(", ", Roles.All)}.",
                    [nameof(RoleMap)]);
        if (string.IsNullOrWhiteSpace(DisplayName))
            yield return new($"{prefix}DisplayName is required (it is shown on the sign-in button).", [nameof(DisplayName)]);
    }
}
