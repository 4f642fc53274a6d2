namespace SurveyDesigner.Assignments;

/// <summary>
/// The host's auditors (enabled users with the Auditor role), so the designer can assign offices to real accounts
/// without knowing how the host keeps users. The web host registers its implementation.
/// </summary>
public interface IAuditorDirectory
{
    /// <summary>Auditors by login, with the name people know them by.</summary>
    IReadOnlyList<(string UserName, string DisplayName)> Auditors();
}
