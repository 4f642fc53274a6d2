using Analytics.Engine.Store;
using Dashboard.Hosting;
using Dashboard.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Support;

/// <summary>
/// The real host over a fresh DuckDB file in a temp folder, demo off unless asked, a known admin password.
/// Extra settings override any default, so a test can also break the configuration on purpose.
/// </summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "admin-password-for-tests";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDirectory;
    private readonly bool _migrateFromEmpty;

    /// <param name="migrateFromEmpty">
    /// Start on no file at all, as a first run does; otherwise a new store starts as a copy of the migrated template
    /// (<see cref="MigratedStoreTemplate"/>), which the host then opens as an existing, empty store.
    /// </param>
    public DashboardFactory(IDictionary<string, string?>? settings = null, string? directory = null, bool migrateFromEmpty = false)
    {
        _migrateFromEmpty = migrateFromEmpty;
        _ownsDirectory = directory is null;
        Directory_ = directory ?? Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory_);
        StorePath = Path.Combine(Directory_, "store.duckdb");
        _settings = new Dictionary<string, string?>
        {
            ["Store:Path"] = StorePath,
            ["Demo:OnFirstRun"] = "false",
            ["Demo:Scale"] = "0.01",
            ["Demo:Classify"] = "false",
            ["Admin:InitialPassword"] = AdminPassword,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string Directory_ { get; }
    public string StorePath { get; }
    public StringWriter Console { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (!_migrateFromEmpty && _settings["Store:Path"] == StorePath && !File.Exists(StorePath))
            MigratedStoreTemplate.CopyTo(StorePath);
        builder.UseEnvironment("Testing");
        // Outside Development the host looks for published assets; tests serve them from the build, as `dotnet run` does.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(new ConsoleSink { Writer = Console });
        });
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Creates a user straight through the service (the page is tested on its own).</summary>
    public void AddUser(string name, string password, params UserRole[] roles) => AddPerson(name, name, password, roles);

    /// <summary>A user as people are created: a login and a full name (ФИО), which is what pages show.</summary>
    public void AddPerson(string login, string fullName, string password, params UserRole[] roles)
    {
        var result = Service<UserService>().Create(login, fullName, password, roles, "test");
        Assert.True(result.Succeeded, result.Error);
    }

    public AnalyticsStore Store => Service<AnalyticsStore>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDirectory) DeleteDirectory(Directory_);
    }

    public static void DeleteDirectory(string directory)
    {
        try { System.IO.Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }
}
