using Analytics.Engine.Calendar;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Demo;

/// <summary>
/// The whole demo in one call, as the CLI's <c>demo</c> and the host's first run use it: the organisation and its
/// registers (<see cref="DemoGenerator"/>), then questionnaires and mystery-shopper audits
/// (<see cref="SurveyDemoGenerator"/>). Due dates count working days on the production calendar whenever the
/// calendar covers the demo period.
/// </summary>
public sealed class DemoSuite(DemoGenerator organisation, ProductionCalendar calendar)
{
    public DemoSuite() : this(new DemoGenerator(), ProductionCalendar.Default) { }

    public DemoSummary Generate(AnalyticsStore store, DemoOptions options, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Today and now in Moscow (the display zone): a server on UTC must not generate the evening of a day that in
        // Moscow has not come yet, nor anything after this moment.
        var moscow = Time.DisplayTime.Default.LocalNow;
        var today = options.Today ?? DateOnly.FromDateTime(moscow);
        if (options.Now is null && today == DateOnly.FromDateTime(moscow)) options = options with { Now = moscow };
        if (options.IsWorkingDay is null)
        {
            // Synthetic data only: due dates that run past the calendar's last year (an appeal registered in late
            // December) count Monday–Friday; the engine itself never guesses and raises CalendarRangeException.
            options = options with
            {
                IsWorkingDay = day => day.Year >= calendar.FirstYear && day.Year <= calendar.LastYear
                    ? calendar.IsWorkingDay(day)
                    : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
            };
            if (today.Year > calendar.LastYear || today.Year - 3 < calendar.FirstYear)
                progress?.Report($"demo: the production calendar covers {calendar.FirstYear}–{calendar.LastYear}; other years count Monday–Friday as working days");
        }
        options = options with { Today = today };

        var summary = organisation.Generate(store, options, progress, ct);
        if (options.Replace) ClearDemoSubmissions(store);
        ct.ThrowIfCancellationRequested();
        var surveys = SurveyDemoGenerator.Generate(store, options.Seed, today, options.Scale, progress, options.Now);
        var now = options.Now ?? today.ToDateTime(new TimeOnly(23, 59, 59));
        var linked = surveys.AlreadyPresent ? (Submissions: 0, Answers: 0) : LinkedSurveyDemo.Generate(store, options.Seed, today, now, options.Scale);
        AuditPlanDemo.Generate(store, today, now);
        var nowUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(now, DateTimeKind.Unspecified), Time.DisplayTime.Default.Zone);
        DemoStaff.EnsureAccounts(store, nowUtc);
        ActionDemoGenerator.Generate(store, today, nowUtc);
        CaseDemoGenerator.Generate(store, calendar, nowUtc);
        var rows = new Dictionary<string, long>(summary.Rows)
        {
            ["submission"] = surveys.Questionnaires + surveys.Audits + linked.Submissions,
            ["answer"] = surveys.Answers + linked.Answers,
        };
        return summary with { Rows = rows };
    }

    private static void ClearDemoSubmissions(AnalyticsStore store)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        const string demo = "(SELECT id FROM submission WHERE source = 'demo')";
        connection.Execute($"DELETE FROM answer WHERE submission_id IN {demo}", transaction: tx);
        connection.Execute($"DELETE FROM submission_section_score WHERE submission_id IN {demo}", transaction: tx);
        connection.Execute($"DELETE FROM evidence WHERE submission_id IN {demo}", transaction: tx);
        connection.Execute($"DELETE FROM audit_review WHERE submission_id IN {demo}", transaction: tx);
        connection.Execute("DELETE FROM audit_plan WHERE created_by = 'demo'", transaction: tx);
        connection.Execute("DELETE FROM corrective_action_event WHERE action_id IN (SELECT id FROM corrective_action WHERE created_by = 'demo')", transaction: tx);
        connection.Execute("DELETE FROM corrective_action WHERE created_by = 'demo'", transaction: tx);
        connection.Execute("DELETE FROM submission WHERE source = 'demo'", transaction: tx);
        tx.Commit();
    }
}
