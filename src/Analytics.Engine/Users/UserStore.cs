using Analytics.Engine.Audit;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Users;

/// <summary>
/// Local users in the analytic store (tables of migration 005). A connection per call: Blazor circuits live long.
/// Timestamps are UTC. Every change that must end existing sessions renews the security stamp.
/// </summary>
public sealed class UserStore(AnalyticsStore store)
{
    // The Dashboard's Roles.BranchManager: the one role whose branch is stored (the roles are the host's vocabulary).
    private const string BranchManagerRole = "BranchManager";

    /// <summary>The row sign-in needs; for sign-in only; never shown.</summary>
    public sealed record Credentials(
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

    public Credentials? FindCredentials(string userName)
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

    public void Insert(string userName, string displayName, string passwordHash,
        IReadOnlyCollection<UserRole> roles, string? createdBy, DateTime utcNow)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        AuditTrail.Append(connection, tx, createdBy, "create", AuditKinds.User, userName, null,
            new { fio = displayName, roles = RoleNames(roles) });
        connection.Execute("""
            INSERT INTO app_user (user_name, display_name, password_hash, security_stamp, created_at, created_by)
            VALUES ($u, $d, $h, $s, $now, $by)
            """, new { u = userName, d = displayName, h = passwordHash, s = NewStamp(), now = utcNow, by = createdBy }, tx);
        InsertRoles(connection, tx, userName, roles);
        tx.Commit();
    }

    public void ReplaceRoles(string userName, IReadOnlyCollection<UserRole> roles, string? actor = null)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        var before = connection.Query<(string Role, string? BranchCode)>(
            "SELECT role, branch_code FROM app_user_role WHERE user_name = $u ORDER BY role", new { u = userName }, tx)
            .Select(r => new UserRole(r.Role, r.BranchCode)).ToList();
        AuditTrail.Append(connection, tx, actor, "roles", AuditKinds.User, userName, new { roles = RoleNames(before) }, new { roles = RoleNames(roles) });
        connection.Execute("DELETE FROM app_user_role WHERE user_name = $u", new { u = userName }, tx);
        InsertRoles(connection, tx, userName, roles);
        connection.Execute("UPDATE app_user SET security_stamp = $s WHERE user_name = $u",
            new { u = userName, s = NewStamp() }, tx);
        tx.Commit();
    }

    public void SetEnabled(string userName, bool enabled, string? actor = null) => Audited(
        "UPDATE app_user SET enabled = $e, failed_count = 0, locked_until = NULL, security_stamp = $s WHERE user_name = $u",
        new { u = userName, e = enabled, s = NewStamp() }, actor, enabled ? "enable" : "disable", userName,
        new { enabled = !enabled }, new { enabled });

    // The trail records that the password changed, never a hash of it; a re-hash at sign-in (endSessions false) is
    // the same password in a newer format, not a change.
    public void SetPasswordHash(string userName, string hash, bool endSessions, string? actor = null)
    {
        if (!endSessions) { Execute("UPDATE app_user SET password_hash = $h WHERE user_name = $u", new { u = userName, h = hash }); return; }
        Audited(endSessions
            ? "UPDATE app_user SET password_hash = $h, failed_count = 0, locked_until = NULL, security_stamp = $s WHERE user_name = $u"
            : "UPDATE app_user SET password_hash = $h WHERE user_name = $u",
        new { u = userName, h = hash, s = NewStamp() }, actor ?? userName, "reset_password", userName, null, new { passwordChanged = true });
    }

    // ФИО is a person's name: recorded under "fio" so the personal-data rule masks it.
    public void SetDisplayName(string userName, string displayName, string? actor = null)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        var before = connection.ExecuteScalar<string?>("SELECT display_name FROM app_user WHERE user_name = $u", new { u = userName }, tx);
        connection.Execute("UPDATE app_user SET display_name = $d WHERE user_name = $u", new { u = userName, d = displayName }, tx);
        AuditTrail.Append(connection, tx, actor, "rename", AuditKinds.User, userName, new { fio = before }, new { fio = displayName });
        tx.Commit();
    }

    public void RecordFailure(string userName, int failedCount, DateTime? lockedUntil) => Execute(
        "UPDATE app_user SET failed_count = $f, locked_until = $l WHERE user_name = $u",
        new { u = userName, f = failedCount, l = lockedUntil });

    public void RecordSuccess(string userName, DateTime utcNow) => Execute(
        "UPDATE app_user SET failed_count = 0, locked_until = NULL, last_sign_in_at = $now WHERE user_name = $u",
        new { u = userName, now = utcNow });

    public void Journal(string userName, bool succeeded, string? reason, string? remoteIp, DateTime utcNow) => Execute(
        "INSERT INTO sign_in_event (user_name, attempted_at, succeeded, reason, remote_ip) VALUES ($u, $at, $ok, $r, $ip)",
        new { u = userName, at = utcNow, ok = succeeded, r = reason, ip = remoteIp });

    private void Execute(string sql, object parameters)
    {
        using var connection = store.Open();
        connection.Execute(sql, parameters);
    }

    /// <summary>A change and its audit entry in one unit of work (ADR 0017).</summary>
    private void Audited(string sql, object parameters, string? actor, string action, string userName, object? before, object? after)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        connection.Execute(sql, parameters, tx);
        AuditTrail.Append(connection, tx, actor, action, AuditKinds.User, userName, before, after);
        tx.Commit();
    }

    private static List<string> RoleNames(IEnumerable<UserRole> roles) =>
        [.. roles.Select(r => r.BranchCode is null ? r.Role : $"{r.Role}({r.BranchCode})").Order(StringComparer.Ordinal)];

    private static void InsertRoles(System.Data.IDbConnection connection, System.Data.IDbTransaction tx,
        string userName, IReadOnlyCollection<UserRole> roles)
    {
        foreach (var role in roles.DistinctBy(r => r.Role))
            connection.Execute("INSERT INTO app_user_role (user_name, role, branch_code) VALUES ($u, $r, $b)",
                new { u = userName, r = role.Role, b = role.Role == BranchManagerRole ? role.BranchCode : null }, tx);
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private sealed record UserRow(string UserName, string DisplayName, bool Enabled, DateTime? LockedUntil,
        DateTime CreatedAt, DateTime? LastSignInAt);
}
