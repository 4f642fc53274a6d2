namespace Analytics.Engine.Surveys;

/// <summary>
/// Which responses a survey figure is computed from: one form (by code), a period of submission days (inclusive;
/// open ends unbounded), and optionally a branch (its offices), an office and the channel the questionnaire came by.
/// </summary>
public sealed record SurveyFilter(string Form, DateOnly? From = null, DateOnly? To = null, string? Branch = null, string? Office = null, string? Channel = null)
{
    /// <summary>The SQL terms over <c>s</c> (submission), <c>f</c> (form_definition) and <c>u</c> (org_unit), with Dapper names.</summary>
    internal const string Where = """
        f.code = $form
          AND ($from IS NULL OR CAST(s.submitted_at AS DATE) >= $from) AND ($to IS NULL OR CAST(s.submitted_at AS DATE) <= $to)
          AND ($branch IS NULL OR u.parent_code = $branch OR s.office_code = $branch)
          AND ($office IS NULL OR s.office_code = $office) AND ($channel IS NULL OR s.channel = $channel)
        """;

    internal const string From_ = "FROM submission s JOIN form_definition f ON f.id = s.definition_id LEFT JOIN org_unit u ON u.code = s.office_code";

    internal object Args => new { form = Form, from = From, to = To, branch = Branch, office = Office, channel = Channel };
}
