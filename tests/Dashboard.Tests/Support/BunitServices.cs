using System.Globalization;
using System.Security.Claims;
using Analytics.Engine.Store;
using Bunit;
using Dashboard.Hosting;
using Dashboard.Imports;
using Dashboard.Localization;
using Dashboard.Overview;
using Dashboard.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Dashboard.Tests.Support;

/// <summary>The one place bUnit tests get the host's services: real ones over a real temp store.</summary>
public static class BunitServices
{
    public static void AddDashboardServices(this BunitContext context, AnalyticsStore store, string culture = "ru-RU")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var services = context.Services;
        services.AddMudServices();
        services.AddSingleton(store);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new SignInPolicyOptions()));
        services.AddSingleton(Options.Create(new ImportUploadOptions()));
        services.AddSingleton<IPasswordHasher<AppUser>, PasswordHasher<AppUser>>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<UserService>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<BranchQuery>();
        services.AddSingleton<StoreOverviewQuery>();
        services.AddSingleton<QuarantineQuery>();
        services.AddSingleton<Analytics.Engine.Store.Ingest.ImportService>();
        services.AddSingleton<ImportRunner>();
        services.AddSingleton<Ui>();
        services.AddSingleton<Analytics.Engine.Actions.CorrectiveActionService>();
        services.AddSingleton(sp => new Analytics.Engine.Actions.AuditItemActions(store, new Analytics.Engine.AuditReview.AuditsOptions()));
        services.AddSingleton<Analytics.Engine.Users.PersonNames>();
        services.AddSingleton<Dashboard.Actions.ActionOwners>();
        services.AddSingleton<OrgQuery>();
        services.AddSingleton<Analytics.Engine.Compliance.AppealDeadlines>();
        services.AddSingleton(sp => new Analytics.Engine.Cases.CaseService(store, sp.GetRequiredService<Analytics.Engine.Actions.CorrectiveActionService>(),
            sp.GetRequiredService<Analytics.Engine.Compliance.AppealDeadlines>(), new Analytics.Engine.Cases.CaseOptions()));
        services.AddSingleton<Analytics.Engine.Vocabulary.OrgDirectory>();
        services.AddSingleton<AppealsQuery>();
        services.AddSingleton<AccessLog>();
        services.AddSingleton<Analytics.Engine.Methodology.TraceQuery>();
        services.AddSingleton(Analytics.Engine.Time.DisplayTime.Default);
        services.AddSingleton<Analytics.Engine.Methodology.MethodologyRepository>();
        services.AddSingleton<NotificationQuery>();
        services.AddSingleton<Analytics.Engine.Indicators.IndicatorService>();
        services.AddSingleton<Dashboard.Indicators.IndicatorTables>();
        services.AddSingleton<Dashboard.Overview.IndicatorOverview>();
        services.AddSingleton<Dashboard.Benchmarks.BenchmarkView>();
        services.AddSingleton<Dashboard.Trends.TrendView>();
        services.AddSingleton<AuditsQuery>();
        services.AddSingleton(sp => new Analytics.Engine.AuditActs.AuditActService(sp.GetRequiredService<AnalyticsStore>()));
        services.AddSingleton<SurveysQuery>();
        services.AddSingleton<Dashboard.Surveys.SurveyInsight>();
        services.AddSingleton(sp => new Analytics.Engine.Surveys.SentimentCorrections(sp.GetRequiredService<Analytics.Engine.Store.AnalyticsStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(Options.Create(new Analytics.Engine.Surveys.SurveyOptions()));
        services.AddSingleton(sp => new Analytics.Engine.Surveys.CommentModels(sp.GetRequiredService<Analytics.Engine.Store.AnalyticsStore>()));
        services.AddSingleton(Options.Create(new Analytics.Engine.Reports.ReportOptions()));
        Dashboard.Records.RecordServices.AddRecordSources(services);
        services.AddSingleton(Options.Create(new Dashboard.Jobs.JobsOptions()));
        services.AddSingleton(Options.Create(new Analytics.Engine.Classification.ClassificationOptions()));
        services.AddTransient<Dashboard.Jobs.BackupJob>();
        services.AddSingleton<Dashboard.Jobs.BackupStatusQuery>();
        services.AddSingleton<ReviewQueue>();
    }

    /// <summary>Signs the rendered components in as <paramref name="user"/> with <paramref name="roles"/>.</summary>
    public static void SignInAs(this BunitContext context, string user, params string[] roles)
    {
        var auth = context.AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles(roles);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, user));
    }

    /// <summary>Signs in as a BranchManager of <paramref name="branch"/> (the branch travels as a claim, as in the host).</summary>
    public static void SignInAsBranchManager(this BunitContext context, string user, string branch)
    {
        var auth = context.AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles(Roles.BranchManager);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, user), new Claim(Roles.BranchClaim, branch));
    }
}
