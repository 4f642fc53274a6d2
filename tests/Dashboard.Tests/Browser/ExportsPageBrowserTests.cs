using Dapper;
using Dashboard.Users;

namespace Dashboard.Tests.Browser;

/// <summary>"Мои выгрузки" in a real browser, with a finished and a running export: a screenshot to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportsPageBrowserTests(BrowserFixture browser)
{
    private const string Password = "executive-password-1";

    [Fact]
    public async Task ExportsPage_ShowsStateProgressAndLink()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        host.Factory.AddUser("director", Password, new UserRole(Roles.Executive, null));
        using (var c = host.Factory.Store.Open())
            c.Execute("""
                INSERT INTO export_job (user_name, kind, format, state, created_at, rows_written, rows_total, file_path, size_bytes) VALUES
                    ('director', 'appeals', 'csv', 'completed', TIMESTAMP '2025-03-10 06:00:00', 150000, 150000, '/tmp/none.csv', 31457280),
                    ('director', 'queue', 'parquet', 'running', TIMESTAMP '2025-03-10 06:05:00', 50000, 150000, NULL, NULL)
                """);
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "director", Password);

        await page.GotoAsync("/exports");
        await page.Locator("[data-test=export-download]").WaitForAsync();

        Assert.Equal(2, await page.Locator("tr[data-export]").CountAsync());
        await Screenshots.Save(page, "exports");
    }
}
