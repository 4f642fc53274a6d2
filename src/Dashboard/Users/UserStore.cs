using Analytics.Engine.Store;
using Dapper;

namespace Dashboard.Users;

/// <summary>
/// Local users in the analytic store (tables of migration 005). A connection per call: Blazor circuits live long.
/// Timestamps are UTC. Every change that must end existing sessions renews the security stamp.
/// </summary>
public sealed class UserStore(AnalyticsStore store)
{
    /// <summary>The row sign-in needs; never leaves the Users folder.</summary>
    internal sealed record Credentials(
        string UserName, string DisplayName, string PasswordHash, bool Enabled,
        int FailedCount, DateTime? LockedUntil, string SecurityStamp);

    public long Count()
    {
        using var connection = store.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM app_user");
    }

    public IReadOnlyList<AppUser> List()
    {
        using var connection = store.Open();
        var roles = connection.Query<(string UserName, string Role, string? BranchCode)>(
                "SELECT user_name, role, branch_code FROM app_user_role ORDER BY role")
            .ToLookup(r => r.UserName, r => new UserRole(r.Role, r.BranchCode));
        return [.. connection.Query<UserRow>("""
                SELECT user_name AS UserName, display_name AS DisplayName, enabled AS Enabled,
                       locked_until AS LockedUntil, created_at AS CreatedAt, last_sign_in_at AS LastSignInAt
                FROM app_user ORDER BY user_name
                """)
            .Select(u => new AppUser(u.UserName, u.DisplayName, u.Enabled, u.LockedUntil, u.CreatedAt,
                u.LastSignInAt, [.. roles[u.UserName]]))];
    }

    public IReadOnlyList<UserRole> RolesOf(string userName)
    {
        using var connection = store.Open();
        return [.. connection.Query<(string Role, string? BranchCode)>(
                "SELECT role, branch_code FROM app_user_role WHERE user_name = $u ORDER BY role", new { u = userName })
            .Select(r => new UserRole(r.Role, r.BranchCode))];
    }

    internal Credentials? FindCredentials(string userName)
    {
        using var connection = store.Open();
        return connection.QuerySingleOrDefault<Credentials>("""
            SELECT user_name AS UserName, display_name AS DisplayName, password_hash AS PasswordHash,
                   enabled AS Enabled, failed_count AS FailedCount, locked_until AS LockedUntil,
                   security_stamp AS SecurityStamp
            FROM app_user WHERE user_name = $u
            """, new { u = userName });
    }

    /// <summary>The current stamp, or null when the user is gone or disabled (its sessions must end).</summary>
    public string? ActiveStamp(string userName)
    {
        using var connection = store.Open();
        return connection.ExecuteScalar<string?>(
            "SELECT security_stamp FROM app_user WHERE user_name = $u AND enabled", new { u = userName });
    }

    public bool Exists(string userName)
    {
        using var connection = store.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM app_user WHERE user_name = $u",
            new { u = userName }) > 0;
    }

    internal void Insert(string userName, string displayName, string passwordHash,
        IReadOnlyCollection<UserRole> roles, string? createdBy, DateTime utcNow)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        connection.Execute("""
            INSERT INTO app_user (user_name, display_name, password_hash, security_stamp, created_at, created_by)
            VALUES ($u, $d, $h, $s, $now, $by)
            """, new { u = userName, d = displayName, h = passwordHash, s = NewStamp(), now = utcNow, by = createdBy }, tx);
        InsertRoles(connection, tx, userName, roles);
        tx.Commit();
    }

    internal void ReplaceRoles(string userName, IReadOnlyCollection<UserRole> roles)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        connection.Execute("DELETE FROM app_user_role WHERE user_name = $u", new { u = userName }, tx);
        InsertRoles(connection, tx, userName, roles);
        connection.Execute("UPDATE app_user SET security_stamp = $s WHERE user_name = $u",
            new { u = userName, s = NewStamp() }, tx);
        tx.Commit();
    }

    internal void SetEnabled(string userName, bool enabled) => Execute(
        "UPDATE app_user SET enabled = $e, failed_count = 0, locked_until = NULL, security_stamp = $s WHERE user_name = $u",
        new { u = userName, e = enabled, s = NewStamp() });

    internal void SetPasswordHash(string userName, string hash, bool endSessions) => Execute(endSessions
            ? "UPDATE app_user SET password_hash = $h, failed_count = 0, locked_until = NULL, security_stamp = $s WHERE user_name = $u"
            : "UPDATE app_user SET password_hash = $h WHERE user_name = $u",
        new { u = userName, h = hash, s = NewStamp() });

    internal void RecordFailure(string userName, int failedCount, DateTime? lockedUntil) => Execute(
        "UPDATE app_user SET failed_count = $f, locked_until = $l WHERE user_name = $u",
        new { u = userName, f = failedCount, l = lockedUntil });

    internal void RecordSuccess(string userName, DateTime utcNow) => Execute(
        "UPDATE app_user SET failed_count = 0, locked_until = NULL, last_sign_in_at = $now WHERE user_name = $u",
        new { u = userName, now = utcNow });

    internal void Journal(string userName, bool succeeded, string? reason, string? remoteIp, DateTime utcNow) => Execute(
        "INSERT INTO sign_in_event (user_name, attempted_at, succeeded, reason, remote_ip) VALUES ($u, $at, $ok, $r, $ip)",
        new { u = userName, at = utcNow, ok = succeeded, r = reason, ip = remoteIp });

    private void Execute(string sql, object parameters)
    {
        using var connection = store.Open();
        connection.Execute(sql, parameters);
    }

    private static void InsertRoles(System.Data.IDbConnection connection, System.Data.IDbTransaction tx,
        string userName, IReadOnlyCollection<UserRole> roles)
    {
        foreach (var role in roles.DistinctBy(r => r.Role))
            connection.Execute("INSERT INTO app_user_role (user_name, role, branch_code) VALUES ($u, $r, $b)",
                new { u = userName, r = role.Role, b = role.Role == Roles.BranchManager ? role.BranchCode : null }, tx);
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private sealed record UserRow(string UserName, string DisplayName, bool Enabled, DateTime? LockedUntil,
        DateTime CreatedAt, DateTime? LastSignInAt);
}
