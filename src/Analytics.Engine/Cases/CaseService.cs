using Analytics.Engine.Actions;
using Analytics.Engine.Calendar;
using Analytics.Engine.Compliance;
using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Dapper;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Cases;

/// <summary>
/// Cases opened automatically (#18 item 3, ADR 0027): a run finds the triggers as of a moment, opens a case per client
/// and event (a second trigger joins it; a closed case is reopened), then escalates overdue cases to the next level.
/// Opening, moving and closing go through <see cref="CorrectiveActionService"/>. Idempotent: a rerun adds nothing.
/// </summary>
public sealed partial class CaseService
{
    private readonly AnalyticsStore _store;
    private readonly CorrectiveActionService _actions;
    private readonly CaseOptions _options;
    private readonly TimeProvider _clock;
    private readonly ProductionCalendar _calendar;
    private readonly CaseTriggerFinder _finder;

    public CaseService(AnalyticsStore store, CorrectiveActionService actions, AppealDeadlines deadlines, IOptions<CaseOptions> options,
        TimeProvider clock, ProductionCalendar calendar)
        : this(store, actions, deadlines, options.Value, clock, calendar) { }

    public CaseService(AnalyticsStore store, CorrectiveActionService actions, AppealDeadlines deadlines, CaseOptions options,
        TimeProvider? clock = null, ProductionCalendar? calendar = null)
    {
        _store = store;
        _actions = actions;
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _calendar = calendar ?? ProductionCalendar.Default;
        _finder = new CaseTriggerFinder(deadlines, options);
        Owners = new CaseOwners(store, options);
    }

    /// <summary>Who owns the cases of each office, branch and the company.</summary>
    public CaseOwners Owners { get; }

    /// <summary>Runs both passes as of <paramref name="asOfUtc"/> (default: now): open/join, then escalate.</summary>
    public CaseRun Run(DateTime? asOfUtc = null)
    {
        var at = asOfUtc ?? _clock.GetUtcNow().UtcDateTime;
        var found = FindTriggers(at);
        var (opened, joined, reopened) = OpenPass(found, at);
        var escalated = EscalationPass(at, Today(at));
        return new CaseRun(found.Count, opened, joined, reopened, escalated);
    }

    /// <summary>The triggers as of a moment (UTC), within the look-back window.</summary>
    internal List<CaseTrigger> FindTriggers(DateTime atUtc)
    {
        using var c = _store.Open();
        return _finder.Find(c, atUtc, Local(atUtc));
    }

    /// <summary>Opens or joins a case for each trigger not yet recorded (the demo passes a chosen few).</summary>
    internal (int Opened, int Joined, int Reopened) OpenPass(IReadOnlyList<CaseTrigger> found, DateTime at)
    {
        var today = Today(at);
        HashSet<(string, string)> known;
        Dictionary<string, string> names;
        using (var c = _store.Open())
        {
            known = [.. c.Query<(string, string)>("SELECT trigger, source_ref FROM client_case_trigger")];
            names = new OrgDirectory(_store).DisplayNames().ToDictionary(p => p.Key, p => p.Value);
        }
        int opened = 0, joined = 0, reopened = 0;
        foreach (var t in found.Where(t => known.Add((t.Trigger, t.SourceRef))))
        {
            var existing = _actions.FindBySource(ActionSource.ClientCase, t.CaseKey);
            if (existing is null)
            {
                Open(t, at, today, names);
                opened++;
                continue;
            }
            if (!_actions.RecordTrigger(existing.Id, t, at, Audit.AuditTrail.System, 0)) continue;
            joined++;
            if (existing.Status is ActionStatus.Done or ActionStatus.Verified)
            {
                // A new trigger on a closed case is a repeat: the case goes round again with a fresh due date.
                _actions.Move(existing.Id, ActionStatus.Reopened, Audit.AuditTrail.System,
                    $"Возобновлено: {Labels.Ru(Vocab.CaseTrigger, t.Trigger)} ({t.Detail})");
                _actions.Reassign(existing.Id, existing.Owner, Due(today, _options.DueWorkingDays(t.Trigger)), Audit.AuditTrail.System);
                reopened++;
            }
        }
        return (opened, joined, reopened);
    }

    private static DateTime Local(DateTime atUtc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc), Time.DisplayTime.Default.Zone);

    /// <summary>The Moscow day of a UTC moment: the day due dates and "overdue" are judged on.</summary>
    internal static DateOnly Today(DateTime atUtc) => DateOnly.FromDateTime(Local(atUtc));

    private void Open(CaseTrigger t, DateTime at, DateOnly today, IReadOnlyDictionary<string, string> names)
    {
        string owner; int level; string? branch;
        using (var c = _store.Open())
        {
            (owner, level) = Owners.Route(c, t.OfficeCode, 0);
            branch = CaseOwners.Units(c, t.OfficeCode)[1];
        }
        var office = t.OfficeCode is { } o && names.TryGetValue(o, out var n) ? n : t.OfficeCode ?? OfficeNames.Company();
        var draft = ActionDrafts.ForCase(t.Trigger, t.Detail, office);
        var action = _actions.Open(new NewCorrectiveAction(ActionSource.ClientCase, t.CaseKey, draft.Title, owner,
            Due(today, _options.DueWorkingDays(t.Trigger)), draft.Description, t.OfficeCode, branch,
            t.Complaint ? VerificationKind.ControlCall : null), Audit.AuditTrail.System);
        _actions.RecordTrigger(action.Id, t, at, Audit.AuditTrail.System, level);
        // The owner hears of it at once, not only when the daily reminders reach its due date.
        using var notice = _store.Open();
        CaseNotifications.Post(notice, CaseNotifications.Opened, owner, action.Id, action.DueOn,
            $"Новое обращение клиента № {action.Id}: {action.Title} (срок {action.DueOn:dd.MM.yyyy})", at);
    }

    /// <summary>A due date in working days of the production calendar (outside its years: calendar days, said in the ADR).</summary>
    private DateOnly Due(DateOnly today, int workingDays)
    {
        try { return _calendar.AddWorkingDays(today, workingDays); }
        catch (CalendarRangeException) { return today.AddDays(workingDays); }
    }
}
