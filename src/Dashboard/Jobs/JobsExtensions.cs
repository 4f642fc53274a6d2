using Dashboard.Users;
using Hangfire;
using Hangfire.PostgreSql;

namespace Dashboard.Jobs;

/// <summary>
/// Hangfire: in-memory job storage by default (schedules are re-registered at every start, so nothing is lost but
/// the run history); PostgreSQL when <c>ConnectionStrings:Hangfire</c> is set, for history that survives restarts.
/// </summary>
public static class JobsExtensions
{
    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddTransient<DeadlineReminderJob>();
        services.AddTransient<ReminderMailer>();
        services.AddTransient<BackupJob>();
        services.AddSingleton<BackupStatusQuery>();
        services.AddTransient<MonthlyReportJob>();
        services.AddTransient<Reports.GeneratedReports>();
        services.AddTransient<IndicatorRecomputeJob>();
        services.AddTransient<ClassifierRetrainingJob>();
        services.AddTransient<AuditPruneJob>();
        services.AddTransient<InvitationJob>();
        services.AddTransient<CaseJob>();
        services.AddTransient<WebhookJob>();
        services.AddTransient<RetentionJob>();
        services.AddTransient<EmergingTopicsJob>();

        var postgres = configuration.GetConnectionString("Hangfire");
        services.AddHangfire((provider, config) =>
        {
            config.UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (string.IsNullOrWhiteSpace(postgres)) config.UseInMemoryStorage();
            else config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(postgres));
        });
        if (configuration.GetValue(JobsOptions.SectionName + ":Enabled", true))
        {
            // One worker: the store has one writer, and the jobs are short; parallel runs would only queue on it.
            services.AddHangfireServer(o => o.WorkerCount = 1);
        }
        services.AddHostedService<JobRegistrar>();
        return services;
    }

    /// <summary><c>/jobs</c>: the Hangfire dashboard, Admin only (policy on the endpoint and the dashboard's own filter).</summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            AppPath = "/",
            // Hangfire renders its own pages: Russian where its bundled "ru" resources and moment.js locale reach
            // (the request culture is ru-RU); its times are drawn by moment.js, which HangfireDisplayZone turns to Jobs:TimeZone.
            DashboardTitle = "Фоновые задачи — Аналитика",
        }).RequireAuthorization(Policies.Administer);
        return app;
    }
}
