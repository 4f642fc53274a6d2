using System.Net;
using Analytics.Engine.Store;
using Dapper;
using Analytics.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Hosting;

public class StartupTests
{
    [Fact]
    public async Task Start_CreatesAndMigratesStore_WhenStoreIsEmpty()
    {
        await using var factory = new DashboardFactory(migrateFromEmpty: true);
        Assert.False(File.Exists(factory.StorePath));

        using var client = factory.CreateClient();

        Assert.True(File.Exists(factory.StorePath));
        Assert.Equal(StoreMigrator.LatestVersion, new StoreMigrator(factory.Store).CurrentVersion());
        var admin = Assert.Single(factory.Service<UserService>().List());
        Assert.Equal("admin", admin.UserName);
        // Shown in the app bar of every page: Russian like the rest of the interface.
        Assert.Equal("Администратор", admin.DisplayName);
        Assert.Contains(admin.Roles, r => r.Role == Roles.Admin);
    }

    [Fact]
    public async Task Start_PrintsGeneratedAdminPasswordOnce_AndReusesStoreOnSecondStart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        var noPassword = new Dictionary<string, string?> { ["Admin:InitialPassword"] = "" };
        string password;
        await using (var first = new DashboardFactory(noPassword, directory))
        {
            using var _ = first.CreateClient();
            var printed = System.Text.RegularExpressions.Regex.Match(first.Console.ToString(), @"password: (\S+)");
            Assert.True(printed.Success, first.Console.ToString());
            password = printed.Groups[1].Value;
            Assert.True(password.Length >= UserValidation.MinPasswordLength);
        }
        await using var second = new DashboardFactory(noPassword, directory);
        using var client = SignInClient.Anonymous(second);

        var response = await SignInClient.PostSignIn(client, "admin", password);

        Assert.DoesNotContain("error=", response.Headers.Location!.OriginalString);
        Assert.Equal("", second.Console.ToString());
        Assert.Single(second.Service<UserService>().List());
        DashboardFactory.DeleteDirectory(directory);
    }

    [Fact]
    public async Task Start_GeneratesDemo_WhenStoreIsEmptyAndDemoIsOn()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Demo:OnFirstRun"] = "true" });

        using var _ = factory.CreateClient();

        using var connection = factory.Store.Open();
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM org_unit") > 0);
        // The demo's staff are users without a password (#18); the administrator is still created, and may sign in.
        var users = factory.Service<Analytics.Engine.Users.UserStore>().List();
        Assert.Contains(users, u => u.UserName == "smirnova.ov" && u.DisplayName == "Смирнова Ольга Викторовна");
        Assert.Contains(users, u => u.Roles.Any(r => r.Role == Roles.Admin));
        Assert.Null(factory.Service<SignInService>().Verify("smirnova.ov", "", null).Principal);
    }

    [Theory]
    [InlineData("Demo:Scale", "0")]
    [InlineData("SignIn:MaxFailedAttempts", "0")]
    [InlineData("Imports:MaxUploadMegabytes", "-5")]
    [InlineData("Admin:InitialPassword", "short")]
    [InlineData("Localization:DefaultCulture", "de-DE")]
    [InlineData("Store:Path", "")]
    [InlineData("Webhooks:DeliveryRetentionDays", "0")]
    public async Task Start_FailsNamingTheSetting_WhenSettingIsBad(string key, string value)
    {
        // Built as Program.cs builds it, without WebApplicationFactory: when start-up fails, the factory may
        // surface its own ObjectDisposedException instead of the host's error.
        var directory = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Path"] = Path.Combine(directory, "store.duckdb"),
            ["Demo:OnFirstRun"] = "false",
            ["Admin:InitialPassword"] = DashboardFactory.AdminPassword,
            ["Urls"] = "http://127.0.0.1:0",
            [key] = value,
        });
        builder.Services.AddAnalyticsEngine(builder.Configuration);
        builder.AddDashboard();
        await using var app = builder.Build();
        app.MapDashboard();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(Flatten(error), e => e is OptionsValidationException && e.Message.Contains(key, StringComparison.Ordinal));
        DashboardFactory.DeleteDirectory(directory);
    }

    [Fact]
    public async Task Health_ReportsHealthy_WithoutSignIn()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;

        foreach (var path in new[] { "/health", "/health/live", "/health/ready" })
        {
            var response = await client.GetAsync(path, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(ct));
        }
    }

    [Fact]
    public async Task OpenApi_DescribesImportApi_ForSignedInUser()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);

        var document = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("/api/imports", document);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);

        var response = await client.GetAsync("/account/login", TestContext.Current.CancellationToken);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten)) yield return inner;
        }
    }
}
