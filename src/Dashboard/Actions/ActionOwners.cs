using Analytics.Engine.Users;
using Dashboard.Users;

namespace Dashboard.Actions;

/// <summary>A person who may own a corrective action: chosen by login (stable), shown by ФИО.</summary>
public sealed record ActionOwner(string Login, string Name);

/// <summary>
/// The users who may own corrective actions: enabled users with a role that may edit actions (as
/// <see cref="Access.UserScope.CanEditActions"/>: Admin, Auditor, BranchManager), by ФИО. Names come from the
/// Engine's <see cref="PersonNames"/>, as the Declaration prints them.
/// </summary>
public sealed class ActionOwners(UserStore users, PersonNames names)
{
    private static readonly string[] OwnerRoles = [Roles.Admin, Roles.Auditor, Roles.BranchManager];

    public IReadOnlyList<ActionOwner> List() => [.. users.List()
        .Where(u => u.Enabled && u.Roles.Any(r => OwnerRoles.Contains(r.Role)))
        .Select(u => new ActionOwner(u.UserName, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName : u.DisplayName))
        .OrderBy(o => o.Name, StringComparer.CurrentCulture)];

    /// <summary>The ФИО of a login, or the login itself when the user is unknown (an imported or removed owner).</summary>
    public string NameOf(string? login) => names.Of(login);

    /// <summary>Every user's ФИО by login, for a list that names many owners with one read.</summary>
    public IReadOnlyDictionary<string, string> All() => names.All();
}
