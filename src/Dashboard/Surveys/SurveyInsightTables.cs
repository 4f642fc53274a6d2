using System.Globalization;
using Analytics.Engine.Statistics;
using Analytics.Engine.Surveys;
using Analytics.Engine.Vocabulary;
using Dashboard.Export;
using Dashboard.Localization;

namespace Dashboard.Surveys;

/// <summary>
/// The insight tables as pages show them and files keep them. A figure resting on fewer responses than the survey
/// minimum n is the Engine's «недостаточно ответов» in both the page text and the file value (never the number).
/// </summary>
public static class SurveyInsightTables
{
    public const string Questions = "questions", Offices = "offices", Months = "months", Drivers = "drivers";
    public static readonly string[] Names = [Questions, Offices, Months, Drivers];

    /// <summary>One row per answer value of each question; free-text questions give one row with their n.</summary>
    public static TableView QuestionTable(SurveyResults r, Ui t) => new(Questions,
        [t["Insight.Question"], t["Insight.Value"], t["Surveys.Responses"], t["Insight.Share"], "95 % −", "95 % +", t["Insight.Mean"], t["Insight.Median"], t["Insight.Skipped"]],
        [.. r.Questions.SelectMany(q => q.Distribution.Count == 0
            ? [new object?[] { q.TextRu, "—", Count(r, q.N, q.N), null, null, null, null, null, Count(r, r.Responses, q.Skipped) }]
            : q.Distribution.Select(d => new object?[]
            {
                q.TextRu, ValueLabel(q, d.Value), Count(r, q.N, d.Count), Share(r, q.N, d.Share), Share(r, q.N, d.Interval?.Lower), Share(r, q.N, d.Interval?.Upper),
                q.Mean is null ? null : Num(r, q.N, q.Mean.Mean, 2), q.Median is null ? null : Num(r, q.N, q.Median, 1), Count(r, r.Responses, q.Skipped),
            }))]);

    /// <summary>Each office's favourable share on the compared question against the rest (Benjamini–Hochberg q).</summary>
    public static TableView OfficeTable(SurveyResults r, IReadOnlyDictionary<string, string> names, Ui t) => new(Offices,
        [t["Filter.Office"], t["Surveys.Responses"], t["Insight.Favourable"], "95 % −", "95 % +", t["Insight.Difference"], "q (BH)", t["Insight.Verdict"]],
        [.. r.Offices.Select(o => new object?[]
        {
            names.TryGetValue(o.OfficeCode, out var n) ? n : o.OfficeCode, o.Favourable.N, Share(r, o.Favourable.N, o.Favourable.Value),
            Share(r, o.Favourable.N, o.Favourable.Interval?.Lower), Share(r, o.Favourable.N, o.Favourable.Interval?.Upper),
            r.Hides(o.Favourable.N) ? Hidden() : new Cell(o.Difference, Numbers.Points(o.Difference)),
            r.Hides(o.Favourable.N) ? Hidden() : new Cell(o.PAdjusted, Numbers.Decimal(o.PAdjusted, 3)),
            r.Hides(o.Favourable.N) ? Hidden() : t[$"Insight.Verdict.{o.Verdict}"],
        })]);

    /// <summary>Responses per month and the favourable share of each scale and yes/no question.</summary>
    public static TableView MonthTable(SurveyResults r, Ui t)
    {
        var codes = r.Questions.Where(q => q.Favourable is not null).Select(q => q.Code).ToList();
        return new(Months, [t["Insight.Month"], t["Surveys.Responses"], .. codes.Select(c => r.Questions.First(q => q.Code == c).TextRu)],
            [.. r.Months.Select(m => new object?[] { new Cell(m.Month, $"{Numbers.MonthsShort[m.Month.Month - 1]} {m.Month.Year}"), m.Responses }
                .Concat(codes.Select(c => m.Favourable.TryGetValue(c, out var s) ? Share(r, s.N, s.Value) : null)).ToArray())]);
    }

    /// <summary>Drivers by importance with their bootstrap interval, performance and the fix-first mark.</summary>
    public static TableView DriverTable(DriverResults d, Ui t) => new(Drivers,
        [t["Insight.Question"], t["Insight.Importance"], "95 % −", "95 % +", t["Insight.Performance"], t["Surveys.Responses"], t["Insight.FixFirst"]],
        d.Insufficient ? [] : [.. d.Drivers.Select(x => new object?[]
        {
            x.TextRu, new Cell(x.Importance, Numbers.Share(x.Importance)), new Cell(x.Low, Numbers.Share(x.Low)), new Cell(x.High, Numbers.Share(x.High)),
            Suppression.Hides(x.N, d.MinimumN) ? Hidden() : new Cell(x.Performance, Numbers.Share(x.Performance)), x.N, x.FixFirst ? t["Insight.FixFirst"] : "",
        })]);

    private static Cell Hidden() => new(Suppression.Text(CultureInfo.CurrentUICulture), Suppression.Text(CultureInfo.CurrentUICulture));
    private static object Count(SurveyResults r, long n, long count) => r.Hides(n) ? Hidden() : count;
    private static object? Share(SurveyResults r, long n, double? v) => r.Hides(n) ? Hidden() : v is null ? null : new Cell(v, Numbers.Share(v));
    private static object? Num(SurveyResults r, long n, double? v, int decimals) => r.Hides(n) ? Hidden() : new Cell(v, Numbers.Decimal(v, decimals));

    private static string ValueLabel(QuestionResult q, string value) => q.Type switch
    {
        Analytics.Engine.Forms.QuestionType.YesNoNa => Labels.Of(Vocab.AnswerValue, value),
        Analytics.Engine.Forms.QuestionType.Rating or Analytics.Engine.Forms.QuestionType.Nps or Analytics.Engine.Forms.QuestionType.Ces or Analytics.Engine.Forms.QuestionType.Number => value,
        // The form's own choice text first (a question of the form owns its codes); then the catalogue.
        _ when q.ChoiceTexts.TryGetValue(value, out var text) => text,
        _ => Labels.Of(Vocab.Channel, value) is var c && c != value ? c : Labels.Of(Vocab.Topic, value) is var tp && tp != value ? tp : Labels.Of(Vocab.ConsumerType, value),
    };
}
