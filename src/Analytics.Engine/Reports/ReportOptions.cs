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
    public string StandardTitle { get; set; } = "Стандарт обслуживания потребителей электросетевой компании";

    /// <summary>Version or approval details of the Standard (e.g. «ред. 2, приказ № 123 от 01.02.2024»).</summary>
    public string StandardVersion { get; set; } = "действующая редакция";

    /// <summary>How table 4.1 shows dynamics; the convention is printed under the table.</summary>
    public DynamicsConvention Dynamics { get; set; } = DynamicsConvention.PercentChange;

    /// <summary>Norm for the average wait in an office queue, minutes (001 §2.1.5).</summary>
    [Range(1, 600)]
    public double QueueWaitNormMinutes { get; set; } = 20;

    /// <summary>Norm for the average reception by a specialist, minutes (001 §2.1.5).</summary>
    [Range(1, 600)]
    public double ReceptionNormMinutes { get; set; } = 15;

    /// <summary>Norm for the wait for a call-centre answer, seconds (001 §2.2.4).</summary>
    [Range(1, 3600)]
    public double PhoneWaitNormSeconds { get; set; } = 40;

    /// <summary>
    /// How far a fact may miss its norm and still count as «частично соответствует» (relative, 0.10 = 10 %);
    /// beyond it the requirement is «не соответствует». Our convention, not a regulatory figure.
    /// </summary>
    [Range(0, 1)]
    public double PartialTolerance { get; set; } = 0.10;

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
}
