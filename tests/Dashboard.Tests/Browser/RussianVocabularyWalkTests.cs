using System.Text.RegularExpressions;
using Analytics.Engine.Vocabulary;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Every dashboard page in Russian as an Executive (and the admin-only review and imports pages) over the demo
/// organisation: no raw code of the vocabulary catalogue in the visible text, no English month or decimal point in
/// chart text, and a full-page screenshot of each under <c>screenshots/vocabulary/</c> for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RussianVocabularyWalkTests(BrowserFixture browser)
{
    private const string ExecutivePassword = "executive-password-1";

    /// <summary>Directory of the screenshots, beside the test assembly.</summary>
    public static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots", "vocabulary");

    [Fact]
    public async Task EveryPage_InRussian_ShowsNoRawCode()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?>
        {
            ["Demo:OnFirstRun"] = "true", ["Demo:Scale"] = "0.01", ["Demo:Classify"] = "false", ["Jobs:Enabled"] = "false",
        });
        host.Factory.AddUser("director", ExecutivePassword, new UserRole(Roles.Executive, null));
        Directory.CreateDirectory(Shots);
        var found = new List<string>();

        await using (var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 900 } }))
        {
            var page = await context.NewPageAsync();
            await Pages.SignIn(page, "director", ExecutivePassword);
            foreach (var (name, path) in new[]
                     {
                         ("overview", "/"), ("indicators-company", "/indicators"), ("indicators-offices", "/indicators?level=office"),
                         ("indicators-monthly", "/indicators?by=month"), ("indicators-quarterly", "/indicators?by=quarter"),
                         ("benchmark-branches", "/benchmark"), ("benchmark-offices", "/benchmark?level=office"),
                         ("benchmark-criterion", "/benchmark?level=office&item=exec.queue_wait"), ("trends", "/trends"),
                         ("appeals", "/appeals"), ("records-appeals", "/records/appeals"), ("records-answers", "/records/answers"),
                         ("records-submissions", "/records/submissions"), ("records-unknown", "/records/nonsense"),
                         ("surveys", "/surveys"), ("survey-comments", "/surveys/comments"), ("survey-topics", "/surveys/topics"),
                         ("audits", "/audits"), ("actions", "/actions"), ("reports", "/reports"),
                     })
                found.AddRange(await Check(page, name, path));
        }

        await using (var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 900 } }))
        {
            var page = await context.NewPageAsync();
            await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
            foreach (var (name, path) in new[] { ("review", "/appeals/review"), ("imports", "/imports"), ("auditors", "/designer/auditors") })
                found.AddRange(await Check(page, name, path));
            // Hangfire's own page (D22): its title is ours, its language as far as Hangfire's ru resources go; a screenshot to look at.
            await page.GotoAsync("/jobs/recurring");
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Фоновые задачи");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "jobs-recurring.png") });
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    /// <summary>Visits a page, writes its screenshot and returns every raw code and English chart text found on it.</summary>
    private static async Task<List<string>> Check(IPage page, string name, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true } || path.Contains("nonsense", StringComparison.Ordinal), $"{path}: HTTP {response?.Status}");
        await Pages.WaitInteractive(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(500); // charts draw after the circuit's first render
        // The whole page, up to 8 000 px (the office criteria table runs to 800 rows; capturing all of it timed out).
        var height = Math.Min(8000, await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"));
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(Shots, name + ".png"), FullPage = true, Timeout = 120_000,
            Clip = new() { X = 0, Y = 0, Width = 1440, Height = height },
        });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + "-top.png") }); // readable at a glance
        var text = await page.InnerTextAsync(".mud-main-content") + "\n" + await page.EvaluateAsync<string>(
            "() => Array.from(document.querySelectorAll('.mud-main-content svg text')).map(t => t.textContent).join('\\n')");
        var problems = RawCodes(text).Select(code => $"{path}: raw code «{code}»").ToList();
        var charts = await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('.mud-main-content svg text')).map(t => t.textContent).join(' | ')");
        foreach (Match m in EnglishChartText().Matches(charts)) problems.Add($"{path}: chart text «{m.Value}»");
        return problems;
    }

    /// <summary>Codes of every vocabulary found as a whole word (not inside an address, file name or reference).</summary>
    public static IEnumerable<string> RawCodes(string text) =>
        Enum.GetValues<Vocab>().SelectMany(v => Labels.Entries(v).Keys)
            .Where(code => code.Length > 2)
            .Distinct(StringComparer.Ordinal)
            .Where(code => Regex.IsMatch(text, $@"(?<![\w.\-/]){Regex.Escape(code)}(?![\w\-/]|\.\w)"));

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\b\d+\.\d+\b")]
    private static partial Regex EnglishChartText();

    [Fact]
    public void RawCodes_FindsCodesAsWords_NotInsideReferences()
    {
        Assert.Equal(["complaint"], RawCodes("Вид: complaint"));
        Assert.Equal(["inf.stands"], RawCodes("Критерий inf.stands, n = 12"));
        Assert.Empty(RawCodes("demo-a-office-visit-KGD-04-202611/accessible и /records/appeals"));
        Assert.Empty(RawCodes("Жалоба · Начисления и оплата"));
    }
}
