using System.Net;
using System.Text.RegularExpressions;
using Analytics.Engine;
using Dashboard;
using Dashboard.Hosting;
using Analytics.Engine.Users;
using Dashboard.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.Bench;

/// <summary>
/// The real Dashboard host, started in this process with Kestrel on 127.0.0.1 and a free port, over a bench store, with
/// scheduled jobs, the demo seeding and its classifier off. Benchmarks talk to it over loopback HTTP exactly as a
/// browser or a phone would; <see cref="DisposeAsync"/> stops it and releases the store.
/// </summary>
internal sealed partial class LiveHost : IAsyncDisposable
{
    public const string Password = "bench-password-2024";

    private readonly WebApplication _app;

    private LiveHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<LiveHost> StartAsync(string storePath, IDictionary<string, string?>? settings, CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(storePath))!;
        // Content root is the bench folder, so no appsettings.json of any folder is read: every setting is below.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardExtensions).Assembly.GetName().Name, ContentRootPath = folder, WebRootPath = folder,
            EnvironmentName = Environments.Production,
        });
        var all = new Dictionary<string, string?>
        {
            ["Store:Path"] = storePath,
            ["Demo:OnFirstRun"] = "false",
            ["Demo:Classify"] = "false",
            ["Jobs:Enabled"] = "false",
            ["Admin:InitialPassword"] = Password,
            ["Jobs:ReportsFolder"] = Path.Combine(folder, "reports"),
            ["Jobs:BackupFolder"] = Path.Combine(folder, "backups"),
            // Keys of a throwaway bench folder need no encryption at rest; the product's own setting says the same.
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        builder.Configuration.AddInMemoryCollection(all);
        // stdout belongs to the CLI (--json prints exactly one object): the host logs only warnings, to stderr.
        builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Services.AddAnalyticsEngine(builder.Configuration);
        builder.AddDashboard();
        builder.Services.AddSingleton(new ConsoleSink { Writer = Console.Error });
        var app = builder.Build();
        app.MapDashboard();
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LiveHost(app, new Uri(address));
    }

    /// <summary>A client of the host: cookies kept, redirects not followed, as many connections as the bench opens.</summary>
    public HttpClient Client() => new(new SocketsHttpHandler
    {
        UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false,
        MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(100) };

    /// <summary>Creates a user with <paramref name="role"/> and returns a client signed in through the real login form.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string role, CancellationToken ct)
    {
        var created = _app.Services.GetRequiredService<UserService>().Create(userName, userName, Password, [new UserRole(role, null)], "bench");
        if (!created.Succeeded && created.Error != "Users.Error.Exists") throw new InvalidOperationException($"bench user {userName}: {created.Error}");
        var client = Client();
        var page = await client.GetStringAsync("/account/login", ct);
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = userName, ["password"] = Password, ["returnUrl"] = "/",
        });
        using var response = await client.PostAsync("/account/login", form, ct);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("error=", StringComparison.Ordinal) != false)
            throw new InvalidOperationException($"bench sign-in as {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
