using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Invitations;

/// <summary>
/// A rule: after <see cref="EventKind"/>, wait <see cref="DelayMinutes"/>, send questionnaire <see cref="FormCode"/> by
/// <see cref="Channel"/>, remind after each of <see cref="ReminderDays"/> days unless answered.
/// </summary>
public sealed record InvitationRule(string Code, string Title, string EventKind, string FormCode, int DelayMinutes,
    string Channel, IReadOnlyList<int> ReminderDays, int ValidDays = 30, bool Active = true);

/// <summary>Stored rules (table <c>invitation_rule</c>).</summary>
public sealed class InvitationRules(AnalyticsStore store)
{
    public static readonly IReadOnlyList<string> EventKinds =
        ["appeal_answered", "queue_visit_finished", "call_handled", "grid_stage_completed", "power_restored"];

    public IReadOnlyList<InvitationRule> All()
    {
        using var c = store.Open();
        return [.. c.Query<(string Code, string Title, string Event, string Form, int Delay, string Channel, string Reminders, int Valid, bool Active)>(
                "SELECT code, title, event_kind, form_code, delay_minutes, channel, reminder_days, valid_days, active FROM invitation_rule ORDER BY code")
            .Select(r => new InvitationRule(r.Code, r.Title, r.Event, r.Form, r.Delay, r.Channel, ParseDays(r.Reminders), r.Valid, r.Active))];
    }

    /// <summary>Adds or replaces a rule — a run-time setting, so the change is recorded in the audit trail (before → after).</summary>
    public void Save(InvitationRule rule, string? actor = null)
    {
        if (!EventKinds.Contains(rule.EventKind)) throw new ArgumentException($"Неизвестное событие «{rule.EventKind}».", nameof(rule));
        if (rule.Channel is not ("email" or "sms")) throw new ArgumentException($"Неизвестный канал «{rule.Channel}».", nameof(rule));
        if (rule.ReminderDays.Any(d => d <= 0)) throw new ArgumentException("Дни напоминаний должны быть положительными.", nameof(rule));
        var before = All().FirstOrDefault(r => r.Code == rule.Code);
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        c.Execute("""
            INSERT OR REPLACE INTO invitation_rule (code, title, event_kind, form_code, delay_minutes, channel, reminder_days, valid_days, active)
            VALUES ($Code, $Title, $EventKind, $FormCode, $DelayMinutes, $Channel, $days, $ValidDays, $Active)
            """, new { rule.Code, rule.Title, rule.EventKind, rule.FormCode, rule.DelayMinutes, rule.Channel,
                days = string.Join(',', rule.ReminderDays.Order()), rule.ValidDays, rule.Active }, tx);
        Audit.AuditTrail.Append(c, tx, actor, before is null ? "create" : "update", Audit.AuditKinds.Setting, "invitation_rule/" + rule.Code, before, rule);
        tx.Commit();
    }

    internal static IReadOnlyList<int> ParseDays(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).Order()];
}
