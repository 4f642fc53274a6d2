using Analytics.Engine.Calendar;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Composer.Skia;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Forms;
using Analytics.Engine.Classification;
using Analytics.Engine.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Engine;

/// <summary>Registers the engine's services: the store, its migrations and the feature services.</summary>
public static class EngineExtensions
{
    public static IServiceCollection AddAnalyticsEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AnalyticsStore>();
        services.AddSingleton<StoreMigrator>();
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDocumentRenderer, SkiaPdfRenderer>();
        services.AddSingleton<IIndicatorSource, Indicators.EngineIndicatorSource>();
        services.AddSingleton<ReportService>();
        services.AddProductionCalendar(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Actions.CorrectiveActionService>();
        services.AddSingleton<Store.Ingest.ImportService>();
        services.AddSingleton<Store.Export.ExportService>();
        services.AddSingleton<Demo.DemoGenerator>();
        services.AddSingleton<Demo.DemoSuite>();
        services.AddSingleton<FormService>();
        // The store's group-commit writer, owned by the container so disposing the host drains its queue (before the store).
        services.AddSingleton(sp => SubmissionWriter.For(sp.GetRequiredService<AnalyticsStore>()));
        services.AddSingleton<Methodology.MethodologyRepository>();
        services.AddSingleton<Indicators.IndicatorService>();
        services.AddSingleton<Compliance.NormComplianceService>();
        services.AddSingleton<Benchmarks.BenchmarkService>();
        services.AddOptions<ClassificationOptions>().Bind(configuration.GetSection(ClassificationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ClassificationService>();
        return services;
    }
}
