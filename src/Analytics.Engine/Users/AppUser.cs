namespace Analytics.Engine.Users;

/// <summary>A local user as the administration page sees it (never the password hash).</summary>
public sealed record AppUser(
    string UserName,
    string DisplayName,
    bool Enabled,
    DateTime? LockedUntil,
    DateTime CreatedAt,
    DateTime? LastSignInAt,
    IReadOnlyList<UserRole> Roles)
{
    public bool IsLocked(DateTime utcNow) => LockedUntil is { } until && until > utcNow;
}

/// <summary>One role of a user; <see cref="BranchCode"/> is set for BranchManager only.</summary>
public sealed record UserRole(string Role, string? BranchCode);
