using Dapper;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>Steps and store checks shared by the checklist runner's browser tests.</summary>
internal static class Runner
{
    /// <summary>Waits until the runner module has restored its state and attached its handlers.</summary>
    public static async Task WaitReady(IPage page)
    {
        await Assertions.Expect(page.Locator("form[data-runner]")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-progress]')?.getAttribute('aria-valuenow') === '0'");
    }

    public static long Count(LiveHost host, string formId)
    {
        using var c = host.Factory.Store.Open();
        return c.ExecuteScalar<long>("SELECT count(*) FROM submission WHERE definition_id = $formId", new { formId });
    }

    public static async Task WaitFor(Func<bool> condition, string because = "the queued submission never reached the store")
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.True(condition(), because);
    }
}
