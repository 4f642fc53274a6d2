using Dashboard.Access;
using Dashboard.Account;
using Dashboard.Components;
using Dashboard.Hosting;
using Dashboard.Imports;
using Dashboard.Jobs;
using Dashboard.Localization;
using Dashboard.Overview;
using Dashboard.Records;
using Dashboard.Reports;
using Dashboard.Filters;
using Dashboard.Users;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using SurveyDesigner.Api;

namespace Dashboard;

/// <summary>The web host's two halves: services (<see cref="AddDashboard"/>) and the pipeline (<see cref="MapDashboard"/>).</summary>
public static class DashboardExtensions
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // `dotnet run` (and the build output) outside Development: the framework only reads the static web assets
        // manifest (MudBlazor, blazor.web.js, the survey designer's files) in Development, so every other environment
        // answered those with 500. Reading it here fixes that; a published app has no such manifest (its assets are in
        // wwwroot), so this is a no-op there.
        if (!builder.Environment.IsDevelopment()) builder.WebHost.UseStaticWebAssets();
        Hosting.ListenAddress.HonourAspNetCoreUrls(builder);
        services.AddValidatedOptions<DemoSeedOptions>(DemoSeedOptions.SectionName, builder.Configuration)
            .AddValidatedOptions<AdminOptions>(AdminOptions.SectionName, builder.Configuration)
            .AddValidatedOptions<SignInPolicyOptions>(SignInPolicyOptions.SectionName, builder.Configuration)
            .AddValidatedOptions<ImportUploadOptions>(ImportUploadOptions.SectionName, builder.Configuration)
            .AddValidatedOptions<LocalizationSettings>(LocalizationSettings.SectionName, builder.Configuration)
            .AddValidatedOptions<OidcOptions>(OidcOptions.SectionName, builder.Configuration);
        // The engine validates the store options by member name; the host names the setting a person edits.
        services.AddOptions<Analytics.Engine.Store.StoreOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Store:Path is required (the DuckDB file of the store).")
            .ValidateOnStart();

        services.AddSingleton<ConsoleSink>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<DemoClassificationStatus>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<Analytics.Engine.Users.PersonNames>();
        services.AddSingleton<Actions.ActionOwners>();
        services.AddSingleton<BranchQuery>();
        services.AddSingleton<IPasswordHasher<AppUser>, PasswordHasher<AppUser>>();
        services.AddSingleton<UserService>();
        services.AddSingleton<SurveyDesigner.Assignments.IAuditorDirectory, AuditorDirectory>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<FirstRunAdmin>();
        services.AddSingleton<StoreOverviewQuery>();
        services.AddSingleton<ImportRunner>();
        services.AddSingleton<QuarantineQuery>();
        services.AddSingleton<Ui>();
        services.AddSingleton<AccessLog>();
        services.AddSingleton<OrgQuery>();
        services.AddSingleton<Analytics.Engine.Vocabulary.OrgDirectory>();
        services.AddSingleton<AppealsQuery>();
        services.AddSingleton<NotificationQuery>();
        services.AddSingleton<Indicators.IndicatorTables>();
        services.AddSingleton<IndicatorOverview>();
        services.AddSingleton<Benchmarks.BenchmarkView>();
        services.AddSingleton<Trends.TrendView>();
        services.AddSingleton<AuditsQuery>();
        services.AddSingleton(sp => new Analytics.Engine.AuditActs.AuditActService(sp.GetRequiredService<Analytics.Engine.Store.AnalyticsStore>(),
            builder.Configuration.GetSection(Analytics.Engine.AuditActs.VisitCheckOptions.SectionName).Get<Analytics.Engine.AuditActs.VisitCheckOptions>(),
            reports: sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Analytics.Engine.Reports.ReportOptions>>().Value));
        services.AddSingleton<SurveysQuery>();
        services.AddSingleton<Surveys.SurveyInsight>();
        services.AddSingleton(sp => new Analytics.Engine.Surveys.SentimentCorrections(sp.GetRequiredService<Analytics.Engine.Store.AnalyticsStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Analytics.Engine.Surveys.CommentModels(sp.GetRequiredService<Analytics.Engine.Store.AnalyticsStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddRecordSources();
        Export.ExportServices.AddBackgroundExports(services, builder.Configuration);
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<Analytics.Engine.Webhooks.IWebhookSecretProtector, Webhooks.DataProtectionSecrets>();
        services.AddHostedService<StoreStartup>();
        services.AddHostedService<DemoClassification>();
        services.AddDashboardJobs(builder.Configuration);

        services.AddDashboardSecurity();
        services.AddDashboardOidc(builder.Configuration);
        services.AddDashboardDataProtection(builder.Configuration);
        services.AddDashboardLocalization();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddSurveyDesigner();
        services.AddMudServices();
        services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        // A browser asking for an unknown page gets the app's own 404 page (status kept); API calls keep their bare codes.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (!IsPageRequest(context) && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return next(context);
        });
        app.UseSameOriginWrites();
        app.UseDashboardLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseReversedPeriodRefusal();
        app.UseAntiforgery();
        app.UseChecklistOffline();
        app.UseHangfireDisplayZone();

        app.MapStaticAssets().AllowAnonymous();
        app.MapDashboardHealth();
        app.MapOpenApi();
        app.MapAccountEndpoints();
        app.MapImportEndpoints();
        app.MapSurveyDesignerApi();
        app.MapJobsDashboard();
        app.MapReportEndpoints();
        Appeals.AppealEndpoints.MapAppealEndpoints(app);
        Indicators.IndicatorEndpoints.MapIndicatorEndpoints(app);
        Benchmarks.BenchmarkEndpoints.MapBenchmarkEndpoints(app);
        Trends.TrendEndpoints.MapTrendEndpoints(app);
        Audits.AuditEndpoints.MapAuditEndpoints(app);
        Audits.ReviewEndpoints.MapReviewEndpoints(app);
        Audits.AuditActEndpoints.MapAuditActEndpoints(app);
        Webhooks.WebhookEndpoints.MapWebhookEndpoints(app);
        Surveys.SurveyEndpoints.MapSurveyEndpoints(app);
        Surveys.SurveyInsightEndpoints.MapSurveyInsightEndpoints(app);
        Records.RecordEndpoints.MapRecordEndpoints(app);
        Export.ExportEndpoints.MapExportEndpoints(app);
        Actions.ActionExport.MapActionExport(app);
        Actions.ActionPhotoEndpoint.MapActionPhotos(app);
        Access.AccessLogExport.MapAccessLogExport(app);
        Access.AuditTrailExport.MapAuditTrailExport(app);
        Overview.StoreInventoryExport.MapStoreInventoryExport(app);
        Invitations.InvitationEndpoints.MapInvitationEndpoints(app);
        app.MapRazorComponents<App>()
            // Our CSP already says frame-ancestors 'none'; Blazor's own header would duplicate (and loosen) it.
            .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
            .AddAdditionalAssemblies(typeof(SurveyDesigner.Marker).Assembly);
        return app;
    }

    private static bool IsPageRequest(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api")
        && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static IServiceCollection AddValidatedOptions<T>(this IServiceCollection services, string section,
        IConfiguration configuration) where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
