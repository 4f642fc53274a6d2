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
        services.AddOptions<Surveys.SurveyOptions>().Bind(configuration.GetSection(Surveys.SurveyOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDocumentRenderer, SkiaPdfRenderer>();
        services.AddSingleton<IIndicatorSource, Indicators.EngineIndicatorSource>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<Reports.Publishing.ResultPublications>();
        services.AddSingleton<Reports.Publishing.PublicResults>();
        services.AddProductionCalendar(configuration);
        // One display zone for pages, exports, PDFs and jobs: the jobs' zone (Jobs:TimeZone, Europe/Moscow by default);
        // the clock's "local" time is that zone too, whatever zone the server runs in.
        services.AddSingleton<TimeProvider>(new Time.DisplayZoneClock(TimeProvider.System, Time.DisplayTime.FindZone(configuration["Jobs:TimeZone"])));
        services.AddSingleton(sp => new Time.DisplayTime(configuration["Jobs:TimeZone"], sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<Audit.AuditOptions>().Bind(configuration.GetSection(Audit.AuditOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Audit.AuditTrail>();
        services.AddOptions<Privacy.Erasure.RetentionOptions>().Bind(configuration.GetSection(Privacy.Erasure.RetentionOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Privacy.Erasure.RetentionSweep>();
        services.AddSingleton<Privacy.Erasure.ConsumerErasure>();
        services.AddSingleton<Actions.CorrectiveActionService>();
        services.AddOptions<Cases.CaseOptions>().Bind(configuration.GetSection(Cases.CaseOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Cases.CaseService>();
        services.AddSingleton<Store.Ingest.ImportService>();
        services.AddSingleton<Store.Export.ExportService>();
        services.AddSingleton<Demo.DemoGenerator>();
        services.AddSingleton<Demo.DemoSuite>();
        services.AddSingleton<FormService>();
        // The store's group-commit writer, owned by the container so disposing the host drains its queue (before the store).
        services.AddSingleton(sp => SubmissionWriter.For(sp.GetRequiredService<AnalyticsStore>()));
        services.AddSingleton<Methodology.MethodologyRepository>();
        services.AddSingleton<Methodology.TraceQuery>();
        services.AddOptions<AuditReview.AuditsOptions>().Bind(configuration.GetSection(AuditReview.AuditsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuditReview.AuditsOptions>>().Value);
        services.AddSingleton(sp => new Indicators.IndicatorService(sp.GetRequiredService<AnalyticsStore>(), sp.GetRequiredService<AuditReview.AuditsOptions>().RequireReview));
        services.AddSingleton(sp => new AuditReview.AuditReviewService(sp.GetRequiredService<AnalyticsStore>(), sp.GetRequiredService<AuditReview.AuditsOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Actions.AuditItemActions(sp.GetRequiredService<AnalyticsStore>(), sp.GetRequiredService<AuditReview.AuditsOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AuditPlans.AuditPlanService(sp.GetRequiredService<AnalyticsStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AuditPlans.AuditCoverage(sp.GetRequiredService<AnalyticsStore>(), sp.GetRequiredService<Time.DisplayTime>()));
        services.AddSingleton<Compliance.NormComplianceService>();
        services.AddSingleton<Compliance.AppealDeadlines>();
        services.AddSingleton<Benchmarks.BenchmarkService>();
        services.AddOptions<ClassificationOptions>().Bind(configuration.GetSection(ClassificationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ClassificationService>();
        Invitations.InvitationsExtensions.AddClosedLoop(services, configuration);
        Webhooks.WebhooksExtensions.AddWebhooks(services, configuration);
        return services;
    }
}
