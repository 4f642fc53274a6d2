using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Queries.Notifications;

/// <summary>A reminder not yet e-mailed.</summary>
public sealed record PendingReminder(long Id, string Recipient, string Message);

/// <summary>The reminders waiting for the e-mail digest, and the mark that they went.</summary>
public sealed class ReminderOutbox(AnalyticsStore store)
{
    /// <summary>Reminders not yet e-mailed, earliest due first.</summary>
    public IReadOnlyList<PendingReminder> Unsent()
    {
        using var connection = store.Open();
        return [.. connection.Query<PendingReminder>(
            "SELECT id AS Id, recipient AS Recipient, message AS Message FROM notification WHERE emailed_at IS NULL ORDER BY due_on, id")];
    }

    /// <summary>Marks the reminders up to <paramref name="lastId"/> as e-mailed (after the digest was sent).</summary>
    public void MarkEmailed(DateTime now, long lastId)
    {
        using var connection = store.Open();
        connection.Execute("UPDATE notification SET emailed_at = $now WHERE emailed_at IS NULL AND id <= $last", new { now, last = lastId });
    }
}
