using System.ComponentModel.DataAnnotations;

namespace SurveyDesigner.Posting;

/// <summary>
/// Limits on anonymous submissions (section <c>Questionnaires:RateLimit</c>), checked by <see cref="SubmissionLimiter"/>
/// for the public questionnaire and <c>POST /api/submissions</c>. Validated at start: a host with a zero or
/// negative limit does not start.
/// </summary>
public sealed class SubmissionRateLimitOptions
{
    public const string SectionName = "Questionnaires:RateLimit";

    /// <summary>Submissions a minute from one client address (a signed-in auditor counts by user name instead).</summary>
    [Range(1, 1_000_000, ErrorMessage = "Questionnaires:RateLimit:PerAddressPerMinute must be between 1 and 1000000.")]
    public int PerAddressPerMinute { get; set; } = 20;

    /// <summary>Attempts a minute with one invitation token (it is single-use, so more are only guessing or replaying).</summary>
    [Range(1, 1_000_000, ErrorMessage = "Questionnaires:RateLimit:PerTokenPerMinute must be between 1 and 1000000.")]
    public int PerTokenPerMinute { get; set; } = 5;
}
