using System.ComponentModel.DataAnnotations;

namespace Dashboard.Hosting;

/// <summary>The interface language a visitor gets before choosing one (section <c>Localization</c>).</summary>
public sealed class LocalizationSettings
{
    public const string SectionName = "Localization";

    [Required(ErrorMessage = "Localization:DefaultCulture is required.")]
    [RegularExpression("^(ru-RU|en-GB)$", ErrorMessage = "Localization:DefaultCulture must be ru-RU or en-GB.")]
    public string DefaultCulture { get; set; } = "ru-RU";
}
