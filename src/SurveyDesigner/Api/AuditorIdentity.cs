using System.Security.Claims;

namespace SurveyDesigner.Api;

/// <summary>
/// Who the signed-in user is, for assignments, the runner and submissions: always the login (the host's
/// <see cref="ClaimTypes.NameIdentifier"/>, stable across renames), never the display name in
/// <see cref="ClaimTypes.Name"/> — a ФИО changes and two people may share one. The ФИО is only ever a label.
/// </summary>
public static class AuditorIdentity
{
    /// <summary>The login, or "" when the principal carries none (then nothing is assigned to it).</summary>
    public static string Login(ClaimsPrincipal? user) => user?.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "";

    /// <summary>
    /// The signed-in login for the audit trail from a page's cascading authentication state (already resolved on an
    /// interactive page); null when unknown, which the trail records as "system".
    /// </summary>
    public static string? Actor(Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? state) =>
        state is { IsCompletedSuccessfully: true } && Login(state.Result.User) is { Length: > 0 } login ? login : null;

    /// <summary>The name people know the user by, for display only.</summary>
    public static string Label(ClaimsPrincipal? user) =>
        user?.FindFirst(ClaimTypes.Name)?.Value is { Length: > 0 } name ? name : Login(user);
}
