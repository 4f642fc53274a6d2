using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Reports;

/// <summary>How the annual report's «Динамика» column is computed (appendix 7 leaves it open).</summary>
public enum DynamicsConvention
{
    /// <summary>(N − (N−1)) / (N−1) × 100 %.</summary>
    PercentChange,
    /// <summary>N / (N−1) × 100 %.</summary>
    Ratio,
}

/// <summary>
/// Settings of the PDF reports, bound from the <c>Reports</c> configuration section. The signatory and the
/// Standard appear on the Declaration; norms default to the company Standard (standard-digest.md §2).
/// </summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>Position of the person who signs the Declaration.</summary>
    public string SignatoryPosition { get; set; } = "Генеральный директор";

    /// <summary>Name of the signatory, e.g. «И. И. Иванов»; empty leaves a blank line to fill in by hand.</summary>
    public string SignatoryName { get; set; } = "";

    /// <summary>Title of the Standard the Declaration confirms conformity with.</summary>
    [Required]
    public string StandardTitle { get; set; } = "Стандарт качества обслуживания потребителей энергосбытовой компании";

    /// <summary>Version or approval details of the Standard (e.g. «ред. 2, приказ № 123 от 01.02.2024»).</summary>
    public string StandardVersion { get; set; } = "действующая редакция";

    /// <summary>How table 4.1 shows dynamics; the convention is printed under the table.</summary>
    public DynamicsConvention Dynamics { get; set; } = DynamicsConvention.PercentChange;

    /// <summary>Survey item codes whose answers are the NPS (0–10), CSAT (1–5) and CES (1–7) questions.</summary>
    public string NpsItemCode { get; set; } = "nps";
    public string CsatItemCode { get; set; } = "csat";
    public string CesItemCode { get; set; } = "ces";

    /// <summary>At most this many evidence photos are printed in a report.</summary>
    [Range(0, 100)]
    public int MaxPhotos { get; set; } = 6;

    /// <summary>
    /// Date printed as the document date and written as the PDF creation date; empty uses 31 December of
    /// the reported year (the last day of a quarter for quarterly reports), so the same data gives the same file.
    /// </summary>
    public DateOnly? DocumentDate { get; set; }

    /// <summary>
    /// Signatory per organisation unit, by code (<c>Reports:Signatories:ESZ-KGD:Position</c>, <c>…:Name</c>). A unit
    /// without an entry is signed by <see cref="SignatoryPosition"/> (company) or «Директор филиала» (branch).
    /// </summary>
    public Dictionary<string, Signatory> Signatories { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Short Russian names of the documents the criteria cite, by source id (000–004 are the seed Standards, «form»
    /// the Минэнерго reporting forms), as printed in the clause column («Стандарт, п. 2.1.5»). Set them to the
    /// company's own document names; <see cref="SourceDocumentTitles"/> gives each one's full title for the legend.
    /// </summary>
    public Dictionary<string, string> SourceDocuments { get; set; } = new()
    {
        ["000"] = "Стандарт качества",
        ["001"] = "Стандарт",
        ["002"] = "Стандарт для юрлиц",
        ["003"] = "Требования к ЦОК",
        ["004"] = "Принципы РАО ЕЭС",
        ["form"] = "Методика Минэнерго",
    };

    /// <summary>Full titles of the documents in <see cref="SourceDocuments"/>, printed once under the conformity table.</summary>
    public Dictionary<string, string> SourceDocumentTitles { get; set; } = new()
    {
        ["000"] = "Стандарт качества обслуживания потребителей (гл. 6–9)",
        ["001"] = "Стандарт обслуживания потребителей",
        ["002"] = "Стандарт качества обслуживания потребителей — юридических лиц",
        ["003"] = "Требования к центрам обслуживания клиентов, контакт-центру и сайту сетевой организации",
        ["004"] = "Принципы обслуживания потребителей Стандарта ОАО РАО «ЕЭС России» от 17.09.2007",
        ["form"] = "Методические указания по расчёту уровня качества обслуживания (приказ Минэнерго России № 1256), формы 2.1–2.3",
    };

    /// <summary>The signatory of a unit's Declaration (see <see cref="Signatories"/>).</summary>
    public Signatory SignatoryFor(string? unitCode, string level)
    {
        var fallback = level == "branch" ? new Signatory { Position = "Директор филиала" } : new Signatory { Position = SignatoryPosition, Name = SignatoryName };
        if (unitCode is null || !Signatories.TryGetValue(unitCode, out var own)) return fallback;
        return new Signatory
        {
            Position = string.IsNullOrWhiteSpace(own.Position) ? fallback.Position : own.Position,
            Name = string.IsNullOrWhiteSpace(own.Name) ? fallback.Name : own.Name,
        };
    }
}

/// <summary>Who signs a unit's Declaration.</summary>
public sealed class Signatory
{
    public string Position { get; set; } = "";
    public string Name { get; set; } = "";
}
