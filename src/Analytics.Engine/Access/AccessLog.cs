using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Access;

/// <summary>One download or export.</summary>
public sealed record AccessEntry(long Id, DateTime HappenedAt, string UserName, string Action, string What, string? ScopeCode, string? Detail);

/// <summary>Who downloaded or exported what, and when (table <c>access_log</c>, migration 011).</summary>
public sealed class AccessLog(AnalyticsStore store, TimeProvider clock)
{
    public void Record(string userName, string action, string what, string? scopeCode, string? detail = null)
    {
        using var connection = store.Open();
        connection.Execute("""
            INSERT INTO access_log (happened_at, user_name, action, what, scope_code, detail)
            VALUES ($at, $user, $action, $what, $scope, $detail)
            """, new { at = clock.GetUtcNow().UtcDateTime, user = userName, action, what, scope = scopeCode, detail });
    }

    public IReadOnlyList<AccessEntry> Recent(int take = 200)
    {
        using var connection = store.Open();
        return [.. connection.Query<AccessEntry>("""
            SELECT id AS Id, happened_at AS HappenedAt, user_name AS UserName, action AS Action, what AS What,
                   scope_code AS ScopeCode, detail AS Detail
            FROM access_log ORDER BY id DESC LIMIT $take
            """, new { take })];
    }
}
