using System.Globalization;
using Analytics.Engine.Vocabulary;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Cases;

/// <summary>
/// The in-app notification kinds of cases (migration 030, ADR 0029): a case is work on one client's bad experience,
/// not a measure, so its owner sees «Новое обращение клиента» rather than a corrective action's reminder. The daily
/// reminders (<see cref="Queries.Notifications.ReminderStore"/>) use <see cref="Due"/> and <see cref="Overdue"/> for
/// cases; the run uses <see cref="Opened"/> and <see cref="Escalated"/>. Labels: <see cref="Vocab.NotificationKind"/>.
/// </summary>
public static class CaseNotifications
{
    public const string Opened = "case_opened";
    public const string Escalated = "case_escalated";
    public const string Due = "case_due";
    public const string Overdue = "case_overdue";

    public static readonly IReadOnlyList<string> All = [Opened, Escalated, Due, Overdue];

    /// <summary>Posts one notice to a case's owner; the notification key makes a repeat the same day a no-op.</summary>
    internal static void Post(DuckDBConnection c, string kind, string owner, long caseId, DateOnly due, string message, DateTime atUtc) =>
        c.Execute("""
            INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at)
            VALUES ($owner, $kind, $id, $due, $message, $atUtc) ON CONFLICT DO NOTHING
            """, new { owner, kind, id = caseId.ToString(CultureInfo.InvariantCulture), due, message, atUtc });
}
