using System.Text.RegularExpressions;

namespace Dashboard.Users;

/// <summary>Rules for user names and passwords, shared by the first-run admin and the administration page.</summary>
public static partial class UserValidation
{
    public const int MinPasswordLength = 12;

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    /// <summary>Null when fine, otherwise a string-table key describing the problem.</summary>
    public static string? CheckUserName(string? userName) =>
        string.IsNullOrWhiteSpace(userName) || !UserNamePattern().IsMatch(userName.Trim()) ? "Users.Error.UserName" : null;

    public static string? CheckPassword(string? password) =>
        password is null || password.Length < MinPasswordLength ? "Users.Error.Password" : null;

    public static string? CheckRoles(IReadOnlyCollection<UserRole> roles)
    {
        if (roles.Any(r => !Roles.All.Contains(r.Role))) return "Users.Error.Role";
        if (roles.Any(r => r.Role == Roles.BranchManager && string.IsNullOrWhiteSpace(r.BranchCode)))
            return "Users.Error.Branch";
        return null;
    }

    /// <summary>A random password of <paramref name="length"/> characters without look-alikes (0/O, 1/l/I).</summary>
    public static string GeneratePassword(int length = 16)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, length);
    }

    [GeneratedRegex(@"^[A-Za-z0-9._@-]{2,64}$")]
    private static partial Regex UserNamePattern();
}
