using Analytics.Engine.Store;
using Analytics.Engine.Access;
using Dapper;

namespace Analytics.Engine.Queries.Notifications;

/// <summary>An in-app reminder left by the deadline job.</summary>
public sealed record Notification(long Id, string Recipient, string Kind, string SubjectRef, DateOnly DueOn, string Message,
    DateTime CreatedAt, DateTime? ReadAt);

/// <summary>
/// Reminders addressed to a user: by name (actions they own), to their branch (a branch manager), or — for company-wide
/// roles — every branch's. Unread first, newest due first.
/// </summary>
public sealed class NotificationQuery(AnalyticsStore store, TimeProvider clock)
{
    private const string ForUser = BranchScope.Recipient;

    public IReadOnlyList<Notification> List(BranchScope scope, bool unreadOnly = false, int take = 200)
    {
        using var c = store.Open();
        return [.. c.Query<(long Id, string Recipient, string Kind, string Ref, DateTime Due, string Message, DateTime Created, DateTime? Read)>($"""
            SELECT id, recipient, kind, subject_ref, due_on, message, created_at, read_at FROM notification
            WHERE {ForUser} AND (NOT $unread OR read_at IS NULL)
            ORDER BY read_at IS NOT NULL, due_on, id LIMIT $take
            """, new { user = scope.UserName, branch = scope.Branch, unread = unreadOnly, take })
            .Select(r => new Notification(r.Id, r.Recipient, r.Kind, r.Ref, DateOnly.FromDateTime(r.Due), r.Message, r.Created, r.Read))];
    }

    public long UnreadCount(BranchScope scope)
    {
        using var c = store.Open();
        return c.ExecuteScalar<long>($"SELECT count(*) FROM notification WHERE {ForUser} AND read_at IS NULL",
            new { user = scope.UserName, branch = scope.Branch });
    }

    /// <summary>Marks one reminder read, only if it is addressed to this user.</summary>
    public void MarkRead(BranchScope scope, long id)
    {
        using var c = store.Open();
        c.Execute($"UPDATE notification SET read_at = $now WHERE id = $id AND read_at IS NULL AND {ForUser}",
            new { now = clock.GetUtcNow().UtcDateTime, id, user = scope.UserName, branch = scope.Branch });
    }
}
