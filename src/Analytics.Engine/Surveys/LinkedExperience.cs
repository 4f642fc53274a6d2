using Analytics.Engine.Access;
using Analytics.Engine.Compliance;
using Analytics.Engine.Forms;
using Analytics.Engine.Statistics;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Surveys;

/// <summary>
/// The client's score on two sides of a service norm: within it (<see cref="NWithin"/>, <see cref="MeanWithin"/>) and
/// beyond it. <see cref="Gap"/> is mean within − mean beyond (Welch), so a positive gap means "beyond rates us lower".
/// <see cref="Hidden"/> when either side has fewer responses than the survey minimum n; <see cref="Significant"/> only
/// when shown, the interval excludes 0 and those beyond rate lower — the one condition for the sentence on the page.
/// </summary>
public sealed record ScoreGap(string Kind, double? NormMinutes, string ScoreItem, int NWithin, int NBeyond, double? MeanWithin, double? MeanBeyond, WelchResult? Gap, int MinimumN)
{
    public const string Wait = "wait", Deadline = "deadline";

    public bool Hidden => Suppression.Hides(NWithin, MinimumN) || Suppression.Hides(NBeyond, MinimumN);
    public bool Significant => !Hidden && Gap is { Difference: > 0, Interval.Lower: > 0 } g && g.PValue < 0.05;
}

/// <summary>
/// Linked experience (issue #17): a questionnaire answered through an invitation token of a service event
/// (<c>submission.token</c> = <c>invitation_outbox.token</c>) is joined to that event. A queue ticket
/// (rule event <c>queue_visit_finished</c>, event_ref <see cref="QueueRef"/>) gives the measured wait, judged by the
/// methodology's norm through <see cref="QueueAtNorm"/>; an appeal's reply link (<c>appeal_answered</c>, event_ref the
/// register number) gives the deadline outcome of <see cref="AppealDeadlines"/> (on time / late). The score is the
/// form's first rating (overall satisfaction, as the key drivers' target). Branch narrowed by the scope.
/// </summary>
public sealed class LinkedExperience(AnalyticsStore store, AppealDeadlines deadlines, int minimumN = Suppression.DefaultMinimumN)
{
    /// <summary>The event reference a queue ticket's questionnaire link carries: office/issued (ISO, seconds)/ticket.</summary>
    public static string QueueRef(string office, DateTime issuedAt, string ticket) => $"{office}/{issuedAt:yyyy-MM-ddTHH:mm:ss}/{ticket}";

    private const string QueueRefSql = "q.office_code || '/' || strftime(q.issued_at, '%Y-%m-%dT%H:%M:%S') || '/' || q.ticket";

    public IReadOnlyList<ScoreGap> Load(BranchScope scope, SurveyFilter filter, DateOnly asOf, string? methodologyId = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var form = new SurveyResultsQuery(store).Definition(filter.Form);
        var score = form.AllItems().FirstOrDefault(i => i.Type == QuestionType.Rating)?.Code;
        if (score is null) return [];
        var norms = deadlines.Norms(methodologyId);
        var args = new DynamicParameters((filter with { Branch = scope.Narrow(filter.Branch) }).Args);
        args.Add("score", score);
        const string linked = """
            JOIN invitation_outbox o ON o.token = s.token JOIN invitation_rule r ON r.code = o.rule_code
            JOIN answer a ON a.submission_id = s.id AND a.item_code = $score AND NOT a.not_applicable AND a.value_num IS NOT NULL
            """;
        using var c = store.Open();
        // Tickets a month before the period at most: the link is answered soon after the visit.
        var queue = QueueAtNorm.Sql(filter.From?.AddDays(-31), filter.To?.AddDays(1), norms);
        var waits = c.Query<(bool Within, double Score)>($"""
            SELECT q.wait_in_norm, a.value_num {SurveyFilter.From_} {linked}
            JOIN ({queue}) q ON r.event_kind = 'queue_visit_finished' AND o.event_ref = {QueueRefSql}
            WHERE {SurveyFilter.Where} AND q.wait_in_norm IS NOT NULL
            """, args).AsList();
        deadlines.Prepare(c, asOf, methodologyId);
        var replies = c.Query<(bool Within, double Score)>($"""
            SELECT d.state = 'on_time', a.value_num {SurveyFilter.From_} {linked}
            JOIN appeal_due d ON r.event_kind = 'appeal_answered' AND d.register_no = o.event_ref
            WHERE {SurveyFilter.Where} AND d.state IN ('on_time', 'late')
            """, args).AsList();
        return [Gap(ScoreGap.Wait, norms.QueueWaitMinutes, score, waits), Gap(ScoreGap.Deadline, null, score, replies)];
    }

    private ScoreGap Gap(string kind, double? norm, string score, List<(bool Within, double Score)> rows)
    {
        var within = rows.Where(r => r.Within).Select(r => r.Score).ToList();
        var beyond = rows.Where(r => !r.Within).Select(r => r.Score).ToList();
        return new ScoreGap(kind, norm, score, within.Count, beyond.Count, within.Count > 0 ? within.Average() : null,
            beyond.Count > 0 ? beyond.Average() : null, MeanTests.Welch(within, beyond), minimumN);
    }
}
