using Analytics.Engine.Reports.Annual;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Composer.Skia;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Reports.Quarterly;
using Analytics.Engine.Store;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Reports;

/// <summary>
/// The reports the product publishes — Declaration of Conformity, annual report, quarterly client report —
/// written to a stream. The CLI, the dashboard and the Hangfire job all call this, so the same data gives the
/// same document everywhere.
/// </summary>
public sealed class ReportService(AnalyticsStore store, IOptions<ReportOptions> options, IDocumentRenderer? renderer = null, IIndicatorSource? indicators = null)
{
    private readonly IDocumentRenderer _renderer = renderer ?? new SkiaPdfRenderer();
    private readonly ReportOptions _options = options.Value;

    public ReportService(AnalyticsStore store, ReportOptions options) : this(store, Options.Create(options)) { }

    /// <summary>Declaration of Conformity for <paramref name="year"/>; <paramref name="unitCode"/> null = the company.</summary>
    public RenderResult Declaration(int year, Stream output, string? unitCode = null)
    {
        CheckYear(year);
        var data = new DeclarationBuilder(store, _options, indicators).Build(unitCode, year);
        return _renderer.Render(DeclarationLayout.Build(data, _options), output);
    }

    public RenderResult Annual(int year, Stream output, string? unitCode = null)
    {
        CheckYear(year);
        var facts = ReportFacts.Gather(store, unitCode, year, _options);
        return _renderer.Render(AnnualReport.Build(facts, _options), output);
    }

    public RenderResult Quarterly(int year, int quarter, Stream output, string? unitCode = null)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Quarter must be 1–4.");
        var rows = QuarterlyReport.Gather(store, unitCode, year, quarter, out var scope);
        return _renderer.Render(QuarterlyReport.Build(scope, rows, year, quarter, _options), output);
    }

    private static void CheckYear(int year)
    {
        if (year is < 2000 or > 2100) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 2000 and 2100.");
    }
}
