using Dashboard.Jobs;

namespace Dashboard.Tests.Browser;

/// <summary>The admin store page in a real browser after a nightly backup: the panel, its verification, no console errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StoreBackupBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task StorePage_ShowsTheLastBackup_Verified()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var folder = await host.Factory.Service<BackupJob>().Run(TestContext.Current.CancellationToken);
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);

        await page.GotoAsync("/admin/store");
        await Pages.WaitInteractive(page);

        Assert.Equal(folder, await page.Locator("[data-test=backup-folder]").InnerTextAsync());
        Assert.Contains("Проверена восстановлением", await page.Locator("[data-test=backup-verification]").InnerTextAsync());
        if (Environment.GetEnvironmentVariable("ANALYTICS_SCREENSHOTS") is { Length: > 0 } shots)
            await page.Locator("[data-test=last-backup]").ScreenshotAsync(new() { Path = Path.Combine(shots, "admin-store-backup.png") });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task StorePage_ShowsARefusedRestore_InRussian()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var folder = await host.Factory.Service<BackupJob>().Run(TestContext.Current.CancellationToken);
        // What the job records when the restore of its snapshot is refused (the manifest's appeal count was edited).
        var refusal = new Analytics.Engine.Store.Backup.BackupException("table_rows", "appeal", 100_213L, 100_212L);
        new Analytics.Engine.Store.Backup.BackupVerification(DateTimeOffset.UtcNow, false, 0, 0, 0, refusal.Message).Write(folder);
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);

        await page.GotoAsync("/admin/store");
        await Pages.WaitInteractive(page);

        var text = await page.Locator("[data-test=backup-verification]").InnerTextAsync();
        Assert.Contains("Таблица appeal: восстановлено строк — 100\u00A0213, а в манифесте — 100\u00A0212.", text);
        Assert.DoesNotContain("manifest says", text);
        if (Environment.GetEnvironmentVariable("ANALYTICS_SCREENSHOTS") is { Length: > 0 } shots)
            await page.Locator("[data-test=last-backup]").ScreenshotAsync(new() { Path = Path.Combine(shots, "admin-store-backup-refused.png") });
    }
}
