using Analytics.Engine.Reports.Annual;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Composer.Skia;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Reports.Quarterly;
using Analytics.Engine.Store;
using Analytics.Engine.Time;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Reports;

/// <summary>
/// The reports the product publishes — Declaration of Conformity, annual report, quarterly client report —
/// written to a stream. The CLI, the dashboard and the Hangfire job all call this, so the same data gives the
/// same document everywhere.
/// </summary>
public sealed class ReportService(AnalyticsStore store, IOptions<ReportOptions> options, IDocumentRenderer? renderer = null,
    IIndicatorSource? indicators = null, DisplayTime? time = null)
{
    private readonly IDocumentRenderer _renderer = renderer ?? new SkiaPdfRenderer();
    private readonly ReportOptions _options = options.Value;
    private readonly DisplayTime _time = time ?? DisplayTime.Default;

    public ReportService(AnalyticsStore store, ReportOptions options, DisplayTime? time = null) : this(store, Options.Create(options), time: time) { }

    /// <summary>Today in the display zone (Jobs:TimeZone): what "finished", "running" and the document date are judged against.</summary>
    public DateOnly Today => _time.Today;

    /// <summary>The default year of every yearly report: the last year that has ended.</summary>
    public int LastCompleteYear => ReportPeriod.LastCompleteYear(Today);

    /// <summary>
    /// Declaration of Conformity for a finished <paramref name="year"/>; <paramref name="unitCode"/> null = the company.
    /// A year still running is refused (<see cref="ArgumentOutOfRangeException"/>): a Declaration is signed.
    /// </summary>
    public RenderResult Declaration(int year, Stream output, string? unitCode = null)
    {
        CheckYear(year);
        var period = ReportPeriod.Complete(year, Today);
        var data = new DeclarationBuilder(store, _options, indicators).Build(unitCode, period);
        return Generated(_renderer.Render(DeclarationLayout.Build(data, _options), output), "declaration", year, null, unitCode);
    }

    /// <summary>
    /// The annual report; for the running year a draft watermarked «ПРОЕКТ» over its finished months, compared with
    /// the same months of the year before.
    /// </summary>
    public RenderResult Annual(int year, Stream output, string? unitCode = null)
    {
        CheckYear(year);
        var period = ReportPeriod.Annual(year, Today);
        var facts = ReportFacts.Gather(store, unitCode, year, _options, period.ThroughMonth);
        return Generated(_renderer.Render(AnnualReport.Build(facts, _options, period), output), "annual", year, null, unitCode);
    }

    /// <summary>The quarterly client report of a finished quarter (a quarter still running is refused).</summary>
    public RenderResult Quarterly(int year, int quarter, Stream output, string? unitCode = null)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Quarter must be 1–4.");
        ReportPeriod.CheckQuarterComplete(year, quarter, Today);
        var rows = QuarterlyReport.Gather(store, unitCode, year, quarter, out var scope);
        var date = new ReportPeriod(year, quarter * 3, Today).DocumentDate(_options.DocumentDate);
        return Generated(_renderer.Render(QuarterlyReport.Build(scope, rows, year, quarter, _options, date), output), "quarterly", year, quarter, unitCode);
    }

    /// <summary>A rendered document is a <c>report.generated</c> webhook event (kind, period, unit, pages; not the file).</summary>
    private RenderResult Generated(RenderResult result, string report, int year, int? quarter, string? unitCode)
    {
        Webhooks.WebhookOutbox.Publish(store, Webhooks.WebhookEvents.ReportGenerated,
            new { report, year, quarter, unit = unitCode, pages = result.PageCount }, DateTime.UtcNow);
        return result;
    }

    private static void CheckYear(int year)
    {
        if (year is < 2000 or > 2100) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 2000 and 2100.");
    }
}
