using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Users;

/// <summary>
/// The one rule for showing a person who owns or did something: by ФИО when the login is a user of the suite, else as
/// stored (an owner imported or typed before accounts existed, a removed user). Pages, exports and the Declaration
/// print owners through it, so the same action shows the same name everywhere. <see cref="Sql"/> is the same rule for
/// queries that print from the store.
/// </summary>
public sealed class PersonNames(AnalyticsStore store)
{
    /// <summary>Every user's ФИО by login (logins compared case-insensitively, as sign-in does).</summary>
    public IReadOnlyDictionary<string, string> All()
    {
        using var c = store.Open();
        return c.Query<(string Login, string Name)>("SELECT user_name, display_name FROM app_user")
            .Where(u => !string.IsNullOrWhiteSpace(u.Name))
            .ToDictionary(u => u.Login, u => u.Name.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The ФИО of <paramref name="login"/>, or the stored value itself; empty for none.</summary>
    public string Of(string? login) => Of(All(), login);

    public static string Of(IReadOnlyDictionary<string, string> names, string? login) =>
        string.IsNullOrWhiteSpace(login) ? "" : names.TryGetValue(login.Trim(), out var name) ? name : login;

    /// <summary>The same rule in SQL: the expression naming the person stored in <paramref name="column"/>.</summary>
    internal static string Sql(string column) =>
        $"coalesce((SELECT nullif(trim(u.display_name), '') FROM app_user u WHERE lower(u.user_name) = lower(trim({column}))), {column})";
}
