using SurveyDesigner.Assignments;

namespace Dashboard.Users;

/// <summary>The designer's view of our users: enabled accounts with the Auditor role.</summary>
public sealed class AuditorDirectory(UserService users) : IAuditorDirectory
{
    public IReadOnlyList<(string UserName, string DisplayName)> Auditors() =>
        [.. users.List().Where(u => u.Enabled && u.Roles.Any(r => r.Role == Roles.Auditor))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).Select(u => (u.UserName, u.DisplayName))];
}
