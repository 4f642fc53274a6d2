using Microsoft.Extensions.Configuration;

namespace Analytics.Cli.Common;

/// <summary>
/// The CLI's settings: <c>appsettings.json</c> in the working directory, then <c>ANALYTICS_</c> environment variables
/// (<c>ANALYTICS_Imports__MaxLineChars=4096</c>) — the same sections and names as the web host's, so a limit set for
/// the upload holds for <c>analytics import</c> too.
/// </summary>
public static class CliSettings
{
    public static IConfiguration Load() => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables("ANALYTICS_")
        .Build();

    /// <summary>The Audits section (review on/off, action due days) as the dashboard reads it; out-of-range values refused.</summary>
    public static Analytics.Engine.AuditReview.AuditsOptions Audits()
    {
        var options = new Analytics.Engine.AuditReview.AuditsOptions();
        Load().GetSection(Analytics.Engine.AuditReview.AuditsOptions.SectionName).Bind(options);
        if (options.ActionDueDays is < 1 or > 365)
            throw new UsageException($"Audits:ActionDueDays must be 1…365 (got {options.ActionDueDays}).");
        if (options.ResubmitDays is < 1 or > 365)
            throw new UsageException($"Audits:ResubmitDays must be 1…365 (got {options.ResubmitDays}).");
        return options;
    }

    /// <summary>
    /// The Surveys section as the dashboard binds it, so <c>Surveys:PartialAbandonedHours</c> gives the CLI's
    /// completion and drop-off the same abandoned partials as the results page and <c>Surveys:MinimumN</c> the same
    /// anonymity floor; out-of-range values refused.
    /// </summary>
    public static Analytics.Engine.Surveys.SurveyOptions Surveys()
    {
        var options = new Analytics.Engine.Surveys.SurveyOptions();
        Load().GetSection(Analytics.Engine.Surveys.SurveyOptions.SectionName).Bind(options);
        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), errors, validateAllProperties: true))
            throw new UsageException(string.Join(" ", errors.Select(e => e.ErrorMessage)));
        return options;
    }
}
