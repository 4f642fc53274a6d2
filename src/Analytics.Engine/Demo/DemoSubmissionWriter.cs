using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>
/// Bulk path for demo submissions: the same validation and scoring as <see cref="SubmissionStore"/>, written
/// through DuckDB appenders because tens of thousands of single-row inserts would take minutes.
/// </summary>
internal sealed class DemoSubmissionWriter(AnalyticsStore store) : IDisposable
{
    private readonly DuckDBConnection _connection = store.Open();
    private readonly List<Action<IDuckDBAppenderRow>> _submissions = [];
    private readonly List<Action<IDuckDBAppenderRow>> _answers = [];
    private readonly List<Action<IDuckDBAppenderRow>> _scores = [];

    public int Answers { get; private set; }

    /// <summary>
    /// Queues one submission; <paramref name="moscowTime"/> is the Moscow wall clock of the demo, stored as UTC like
    /// every submission the runner and the questionnaire stamp (pages show it back in Moscow time).
    /// </summary>
    public void Add(string id, PublishedForm form, string? office, DateTime moscowTime, Dictionary<string, AnswerValue> answers, string? auditor, Random random, string? token = null)
    {
        var at = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(moscowTime, DateTimeKind.Unspecified), Time.DisplayTime.Default.Zone);
        var check = SubmissionValidator.Check(form.Definition, answers);
        if (!check.IsValid) throw new InvalidOperationException($"Demo answers for {form.Definition.Code} are invalid: {string.Join(" ", check.Errors.Select(e => e.Message))}");
        var score = form.Definition.Kind == FormKind.Checklist ? FormScoring.Score(form.Definition, check.Accepted) : null;
        var minutes = form.Definition.Kind == FormKind.Checklist ? 20 + random.Next(40) : 2 + random.Next(6);
        var source = auditor is null ? "internet" : null;
        _submissions.Add(row => row.AppendValue(id).AppendValue(form.DefinitionId).AppendValue((int?)form.Version).AppendValue(office)
            .AppendValue("demo").AppendValue(source).AppendValue(check.Accepted.GetValueOrDefault("respondent_type")?.Choices?[0])
            .AppendValue(token).AppendValue(auditor).AppendValue((DateTime?)at.AddMinutes(-minutes)).AppendValue((DateTime?)at)
            .AppendValue((DateTime?)at).AppendValue((double?)null).AppendValue((double?)null).AppendValue("demo")
            .AppendValue((long?)null).AppendValue(score?.Total).EndRow());
        foreach (var (code, a) in check.Accepted)
        {
            var number = SubmissionStore.NumberOf(code, a, form.Definition);
            var text = SubmissionStore.TextOf(a);
            _answers.Add(row => row.AppendValue(id).AppendValue(code).AppendValue(number).AppendValue(text).AppendValue((bool?)a.NotApplicable)
                .AppendValue(a.SecondsSpent).AppendValue((DateTime?)at).AppendValue(a.Note).EndRow());
            Answers++;
        }
        foreach (var part in score?.Sections ?? [])
            _scores.Add(row => row.AppendValue(id).AppendValue(part.Code).AppendValue(part.Score).AppendValue((double?)part.Weight)
                .AppendValue((int?)part.Applicable).AppendValue((int?)part.NotApplicable).EndRow());
        if (_answers.Count > 50_000) Flush();
    }

    public void Flush()
    {
        Append("submission", _submissions);
        Append("answer", _answers);
        Append("submission_section_score", _scores);
    }

    private void Append(string table, List<Action<IDuckDBAppenderRow>> rows)
    {
        if (rows.Count == 0) return;
        using (var appender = _connection.CreateAppender(table))
            foreach (var write in rows) write(appender.CreateRow());
        rows.Clear();
    }

    public void Dispose()
    {
        Flush();
        _connection.Dispose();
    }

}
