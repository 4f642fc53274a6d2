using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Surveys;

/// <summary>
/// Survey insight settings, bound from the <c>Surveys</c> configuration section. <see cref="MinimumN"/> is the
/// anonymity floor: a figure from fewer responses is never shown as a number (see <see cref="Suppression"/>).
/// It is not the methodology's <c>minimumN</c> (30), which only flags a value as insufficient and keeps it visible.
/// </summary>
public sealed class SurveyOptions
{
    public const string SectionName = "Surveys";

    /// <summary>Fewest responses a shown figure may rest on (default 5).</summary>
    [Range(1, 1_000_000, ErrorMessage = "Surveys:MinimumN must be 1…1000000.")]
    public int MinimumN { get; set; } = Suppression.DefaultMinimumN;

    /// <summary>The default of <see cref="PartialAbandonedHours"/>.</summary>
    public const int DefaultPartialAbandonedHours = 24;

    /// <summary>Hours after its last save a partial questionnaire response counts as abandoned in completion and drop-off (default 24).</summary>
    [Range(1, 8760, ErrorMessage = "Surveys:PartialAbandonedHours must be 1…8760 (a year).")]
    public int PartialAbandonedHours { get; set; } = DefaultPartialAbandonedHours;
}
