using Microsoft.AspNetCore.Identity;

namespace Dashboard.Users;

/// <summary>Outcome of a user-management command: null error means done; otherwise a string-table key.</summary>
public sealed record UserCommandResult(string? Error)
{
    public static UserCommandResult Ok { get; } = new((string?)null);
    public bool Succeeded => Error is null;
}

/// <summary>User management for the Admin: create, disable, reset password, assign roles and branch.</summary>
public sealed class UserService(UserStore users, IPasswordHasher<AppUser> hasher, TimeProvider clock,
    ILogger<UserService> logger)
{
    public IReadOnlyList<AppUser> List() => users.List();

    public UserCommandResult Create(string userName, string? displayName, string password,
        IReadOnlyCollection<UserRole> roles, string? createdBy)
    {
        var error = UserValidation.CheckUserName(userName) ?? UserValidation.CheckPassword(password)
            ?? UserValidation.CheckRoles(roles) ?? (roles.Count == 0 ? "Users.Error.NoRole" : null);
        if (error is not null) return new(error);
        var name = UserValidation.Normalize(userName);
        if (users.Exists(name)) return new("Users.Error.Exists");
        users.Insert(name, string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(),
            hasher.HashPassword(null!, password), roles, createdBy, clock.GetUtcNow().UtcDateTime);
        logger.LogInformation("User {UserName} created by {Admin} with roles {Roles}", name, createdBy,
            string.Join(",", roles.Select(r => r.Role)));
        return UserCommandResult.Ok;
    }

    public UserCommandResult SetEnabled(string userName, bool enabled, string? actor)
    {
        if (!users.Exists(userName)) return new("Users.Error.NotFound");
        if (!enabled && string.Equals(userName, actor, StringComparison.OrdinalIgnoreCase))
            return new("Users.Error.Self");
        if (!enabled && IsLastActiveAdmin(userName)) return new("Users.Error.LastAdmin");
        users.SetEnabled(userName, enabled, actor);
        logger.LogInformation("User {UserName} {Action} by {Admin}", userName, enabled ? "enabled" : "disabled", actor);
        return UserCommandResult.Ok;
    }

    public UserCommandResult ResetPassword(string userName, string newPassword, string? actor)
    {
        if (!users.Exists(userName)) return new("Users.Error.NotFound");
        if (UserValidation.CheckPassword(newPassword) is { } error) return new(error);
        users.SetPasswordHash(userName, hasher.HashPassword(null!, newPassword), endSessions: true, actor);
        logger.LogInformation("Password of {UserName} reset by {Admin}", userName, actor);
        return UserCommandResult.Ok;
    }

    /// <summary>A user changes their own password; every session, this one included, must sign in again.</summary>
    public UserCommandResult ChangeOwnPassword(string userName, string currentPassword, string newPassword)
    {
        var user = users.FindCredentials(userName);
        if (user is null || !user.Enabled) return new("Users.Error.NotFound");
        if (hasher.VerifyHashedPassword(null!, user.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
            return new("Password.Error.Current");
        if (UserValidation.CheckPassword(newPassword) is { } error) return new(error);
        if (newPassword == currentPassword) return new("Password.Error.Same");
        users.SetPasswordHash(userName, hasher.HashPassword(null!, newPassword), endSessions: true);
        logger.LogInformation("User {UserName} changed their password", userName);
        return UserCommandResult.Ok;
    }

    /// <summary>
    /// Changes the ФИО only: everything a user owns (auditor assignments, submissions, actions, the journal) is keyed
    /// by the login, so a rename keeps it all. The session's label catches up at the next sign-in.
    /// </summary>
    public UserCommandResult Rename(string userName, string? displayName, string? actor)
    {
        if (!users.Exists(userName)) return new("Users.Error.NotFound");
        var name = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim();
        users.SetDisplayName(userName, name, actor);
        logger.LogInformation("User {UserName} renamed by {Admin}", userName, actor);
        return UserCommandResult.Ok;
    }

    public UserCommandResult SetRoles(string userName, IReadOnlyCollection<UserRole> roles, string? actor)
    {
        if (!users.Exists(userName)) return new("Users.Error.NotFound");
        if (UserValidation.CheckRoles(roles) is { } error) return new(error);
        if (roles.Count == 0) return new("Users.Error.NoRole");
        if (roles.All(r => r.Role != Roles.Admin) && IsLastActiveAdmin(userName)) return new("Users.Error.LastAdmin");
        users.ReplaceRoles(userName, roles, actor);
        logger.LogInformation("Roles of {UserName} set to {Roles} by {Admin}", userName,
            string.Join(",", roles.Select(r => r.BranchCode is null ? r.Role : $"{r.Role}({r.BranchCode})")), actor);
        return UserCommandResult.Ok;
    }

    /// <summary>The suite must always keep one enabled Admin, or nobody could manage users again.</summary>
    private bool IsLastActiveAdmin(string userName)
    {
        var admins = users.List().Where(u => u.Enabled && u.Roles.Any(r => r.Role == Roles.Admin)).ToList();
        return admins.Count == 1 && admins[0].UserName == userName;
    }
}
