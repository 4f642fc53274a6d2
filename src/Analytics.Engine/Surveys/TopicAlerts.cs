using System.Globalization;
using Analytics.Engine.Access;
using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.Surveys;

/// <summary>
/// The write side of emerging-topic notifications: for every published questionnaire and both windows (week over
/// week, month over month), each client-chosen topic that rose significantly company-wide is posted in-app to every
/// enabled quality specialist (roles Admin and Designer, who review survey results). Idempotent: the notification key
/// (recipient, kind, subject <c>form/window/topic</c>, the period's first day) posts a topic once per period.
/// Words are shown on the page but not notified: a rising word without a topic is too often chance wording.
/// </summary>
public sealed class TopicAlerts(AnalyticsStore store, int minimumN = Suppression.DefaultMinimumN)
{
    public const string Kind = "survey_topic";

    /// <summary>Posts the rises found for the periods before <paramref name="asOf"/>; returns how many notifications were new.</summary>
    public int Post(DateOnly asOf, DateTime nowUtc)
    {
        List<string> recipients;
        using (var c = store.Open())
            recipients = [.. c.Query<string>("""
                SELECT DISTINCT u.user_name FROM app_user u JOIN app_user_role r ON r.user_name = u.user_name
                WHERE u.enabled AND r.role IN ('Admin', 'Designer') ORDER BY 1
                """)];
        if (recipients.Count == 0) return 0;
        var query = new EmergingTopicsQuery(store, minimumN);
        var posted = 0;
        foreach (var (form, title) in new SurveyResultsQuery(store, minimumN).Forms())
            foreach (var window in TermWindows.Names)
            {
                var report = query.Load(BranchScope.Company, new SurveyFilter(form), window, asOf);
                if (report.Hidden) continue;
                foreach (var term in report.Terms.Where(t => t.Kind == "topic"))
                {
                    using var c = store.Open();
                    foreach (var recipient in recipients)
                        posted += c.Execute("""
                            INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at)
                            VALUES ($recipient, $kind, $subject, $due, $message, $now) ON CONFLICT DO NOTHING
                            """, new
                        {
                            recipient, kind = Kind, subject = $"{form}/{window}/{term.Term}", due = report.Windows.NowFrom.Date,
                            message = Message(title, window, report.Windows, term), now = nowUtc,
                        });
                }
            }
        return posted;
    }

    /// <summary>«Растёт тема «…» в анкете «…»: 30,0 % комментариев за неделю 09.03.2026–15.03.2026 против 5,0 % (q = 0,001)».</summary>
    public static string Message(string formTitle, string window, TermWindows w, EmergingTerm term)
    {
        var ru = Labels.Russian;
        var period = window == TermWindows.WeekName ? "неделю" : "месяц";
        var before = window == TermWindows.WeekName ? "неделей раньше" : "месяцем раньше";
        return $"Растёт тема «{Labels.Ru(Vocab.Topic, term.Term)}» в анкете «{formTitle}»: {Numbers.Share(term.ShareNow, ru)} комментариев " +
               $"за {period} {w.NowFrom.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}–{w.NowTo.AddDays(-1).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} " +
               $"против {Numbers.Share(term.ShareBefore, ru)} {before} (q = {Numbers.Decimal(term.Q, 3, ru)})";
    }
}
