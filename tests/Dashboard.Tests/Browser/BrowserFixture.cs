using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// One Chromium per test collection: Debian's <c>/usr/bin/chromium</c> (installed by <c>.ci/run</c>), never a
/// downloaded browser. Tests create a fresh context (cookies) each.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run 'apt-get install -y chromium' (.ci/run does).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>
    /// A fresh context whose waits allow for a loaded CI machine: Playwright's 30 s default was exceeded by a heavy
    /// page's first navigation while two other test modules kept both cores busy.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        context.SetDefaultTimeout(NavigationTimeoutMs);
        return context;
    }

    public const float NavigationTimeoutMs = 120_000;

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>
/// Browser tests run on their own, after the parallel ones: a real circuit streaming a file is timing-sensitive,
/// and on a busy two-core machine the other hosts starting in parallel starve it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
