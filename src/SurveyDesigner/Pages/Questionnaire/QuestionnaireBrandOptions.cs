using System.ComponentModel.DataAnnotations;

namespace SurveyDesigner.Pages.Questionnaire;

/// <summary>
/// How the public questionnaire presents the company to its clients (section <c>Questionnaires</c>): the name and
/// logo in its header. Clients never see the internal product name or navigation.
/// </summary>
public sealed class QuestionnaireBrandOptions
{
    public const string SectionName = "Questionnaires";

    /// <summary>The company name in the header; empty = the company of the loaded organisation structure.</summary>
    [MaxLength(200, ErrorMessage = "Questionnaires:CompanyName must be at most 200 characters.")]
    public string CompanyName { get; set; } = "";

    /// <summary>
    /// The logo's address, site-relative (<c>/brand/logo.svg</c> under the host's wwwroot) or absolute https;
    /// empty = no logo.
    /// </summary>
    [RegularExpression(@"^$|^/[^/\\].*|^https://.+", ErrorMessage = "Questionnaires:LogoPath must start with '/' (site-relative) or 'https://'.")]
    public string LogoPath { get; set; } = "";
}
