using System.Security.Claims;
using Analytics.Engine.Access;
using Analytics.Engine.Privacy;
using Dashboard.Users;

namespace Dashboard.Access;

/// <summary>
/// What a signed-in user may see: a user whose only data role is BranchManager is held to their branch everywhere
/// (pages, exports, API); consumers' personal data is shown or masked by the one rule of <see cref="PersonalData"/>.
/// </summary>
public sealed record UserScope(string UserName, string? BranchCode, bool SeesPersonalData, bool CanEditActions)
{
    private static readonly string[] CompanyWide = [Roles.Admin, Roles.Designer, Roles.Auditor, Roles.Executive];

    /// <summary>No one signed in yet: held to a branch that does not exist, no personal data, no editing.</summary>
    public static UserScope Nobody { get; } = new("", "\u0000none", false, false);

    public static UserScope Of(ClaimsPrincipal user)
    {
        var name = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity?.Name ?? "";
        var companyWide = CompanyWide.Any(user.IsInRole);
        // A BranchManager without a branch claim sees nothing rather than everything.
        var branch = companyWide ? null : user.FindFirst(Roles.BranchClaim)?.Value ?? "\u0000none";
        return new UserScope(name, branch,
            PersonalData.MaySee(user.IsInRole),
            user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Auditor) || user.IsInRole(Roles.BranchManager));
    }

    /// <summary>The branch to filter by: the user's own when held to one, otherwise what was asked for.</summary>
    public string? Branch(string? requested) => BranchCode ?? requested;

    /// <summary>The Engine's one scope type: what every read-side query takes.</summary>
    public BranchScope Data => new(UserName, BranchCode, SeesPersonalData);

    public static implicit operator BranchScope(UserScope scope) => scope.Data;

    /// <summary>Personal data as this user may see it.</summary>
    public string? Personal(string? value) => PersonalData.Shown(value, SeesPersonalData);

    /// <summary>Free text (comments, free-text answers) as this user may see it: phones and e-mails in it masked unless allowed.</summary>
    public string? Text(string? value) => PersonalData.ShownText(value, SeesPersonalData);
}
