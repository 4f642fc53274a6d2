using System.Text.RegularExpressions;
using Analytics.Engine.Vocabulary;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Every page in Russian, as every role sees it, over the demo organisation: the executive's dashboards, the branch
/// manager's (scoped to one branch), the quality specialist's designer, plans, review and invitation pages, the
/// auditor's runner and the admin's pages. No raw code of the vocabulary catalogue in the visible text, no English
/// month or decimal point in chart text, and a full-page screenshot of each under <c>screenshots/vocabulary/</c>
/// (named by role) for a person to look at.
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
        // People as they are created in a company: a login and a ФИО. The header must greet them by name, never by login.
        host.Factory.AddPerson("director", "Соколов Андрей Викторович", ExecutivePassword, new UserRole(Roles.Executive, null));
        host.Factory.AddPerson("kuznetsova.ea", "Кузнецова Елена Александровна", ExecutivePassword, new UserRole(Roles.BranchManager, "ESZ-ARH"));
        host.Factory.AddPerson("orlova.tv", "Орлова Татьяна Викторовна", ExecutivePassword, new UserRole(Roles.Designer, null));
        host.Factory.AddPerson("belov.in", "Белов Игорь Николаевич", ExecutivePassword, new UserRole(Roles.Auditor, null));
        Directory.CreateDirectory(Shots);
        var found = new List<string>();

        await using (var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 900 } }))
        {
            var page = await context.NewPageAsync();
            await Pages.SignIn(page, "director", ExecutivePassword);
            await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Соколов Андрей Викторович");
            await Assertions.Expect(page.Locator("header")).Not.ToContainTextAsync("director");
            foreach (var (name, path) in new[]
                     {
                         ("overview", "/"), ("indicators-company", "/indicators"), ("indicators-offices", "/indicators?level=office"),
                         ("indicators-monthly", "/indicators?by=month"), ("indicators-quarterly", "/indicators?by=quarter"),
                         ("benchmark-branches", "/benchmark"), ("benchmark-offices", "/benchmark?level=office"),
                         ("benchmark-criterion", "/benchmark?level=office&item=exec.queue_wait"), ("trends", "/trends"),
                         ("appeals", "/appeals"), ("records-appeals", "/records/appeals"), ("records-answers", "/records/answers"),
                         ("records-submissions", "/records/submissions"), ("records-unknown", "/records/nonsense"),
                         ("surveys", "/surveys"), ("survey-comments", "/surveys/comments"), ("survey-topics", "/surveys/topics"),
                         ("survey-results", "/surveys/results"), ("survey-drivers", "/surveys/drivers"),
                         ("audits", "/audits"), ("audit-coverage", "/audits/coverage"), ("actions", "/actions"),
                         ("client-cases", "/actions?source=client_case"), ("reports", "/reports"), ("notifications", "/notifications"),
                         ("exports", "/exports"),
                     })
                found.AddRange(await Check(page, name, path));
        }

        foreach (var (user, role, paths) in new[]
                 {
                     ("kuznetsova.ea", "branch", new[]
                     {
                         ("overview", "/"), ("indicators-offices", "/indicators?level=office"), ("benchmark-offices", "/benchmark?level=office"),
                         ("trends", "/trends"), ("appeals", "/appeals"), ("records-appeals", "/records/appeals"), ("surveys", "/surveys"),
                         ("audits", "/audits"), ("actions", "/actions"), ("reports", "/reports"),
                     }),
                     ("orlova.tv", "specialist", new[]
                     {
                         ("designer", "/designer"), ("plans", "/audits/plans"), ("audit-review", "/audits/review"),
                         ("invitations", "/invitations"), ("trace", "/methodology/trace"), ("appeal-review", "/appeals/review"),
                     }),
                     ("belov.in", "auditor", new[] { ("checklist", "/checklist") }),
                 })
        {
            await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 900 } });
            var page = await context.NewPageAsync();
            if (role == "auditor")
            {
                // The auditor lands on the runner, a static page that works offline (no circuit to wait for).
                await page.GotoAsync("/");
                await page.FillAsync("#userName", user);
                await page.FillAsync("#password", ExecutivePassword);
                await page.ClickAsync("button[type=submit]");
                await page.WaitForURLAsync("**/checklist", new() { Timeout = 120_000 });
            }
            else
            {
                await Pages.SignIn(page, user, ExecutivePassword);
                await Assertions.Expect(page.Locator("header")).Not.ToContainTextAsync(user);
            }
            foreach (var (name, path) in paths) found.AddRange(await Check(page, $"{role}-{name}", path));
        }

        await using (var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 900 } }))
        {
            var page = await context.NewPageAsync();
            await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
            foreach (var (name, path) in new[]
                     {
                         ("review", "/appeals/review"), ("imports", "/imports"), ("auditors", "/designer/auditors"), ("users", "/admin/users"),
                         ("audit-trail", "/admin/audit"), ("store", "/admin/store"), ("access-log", "/admin/access-log"), ("erasure", "/admin/erasure"),
                         ("webhooks", "/admin/webhooks"), ("case-owners", "/admin/case-owners"),
                     })
                found.AddRange(await Check(page, name, path));
            // Hangfire's own page (D22): its title is ours, its language as far as Hangfire's ru resources go; a screenshot to look at.
            // The jobs are listed by their Russian names (JobNames); the ids beside them are stable keys, not labels.
            found.AddRange(await Check(page, "jobs-recurring", "/jobs/recurring", circuit: false));
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Фоновые задачи");
            foreach (var name in new[] { Dashboard.Jobs.JobNames.Reminders, Dashboard.Jobs.JobNames.Backup, Dashboard.Jobs.JobNames.Retention })
                await Assertions.Expect(page.Locator("body")).ToContainTextAsync(name);
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    /// <summary>Visits a page, writes its screenshot and returns every raw code and English chart text found on it.</summary>
    private static async Task<List<string>> Check(IPage page, string name, string path, bool circuit = true)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true } || path.Contains("nonsense", StringComparison.Ordinal), $"{path}: HTTP {response?.Status}");
        // The runner is static, and the client's pages (questionnaire, public results, 404) have no circuit to wait for.
        if (circuit && !path.StartsWith("/checklist", StringComparison.Ordinal)) await Pages.WaitInteractive(page);

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
        // The runner and other designer pages may lay out without MudBlazor's main area: then the whole body is read.
        var main = await page.Locator(".mud-main-content").CountAsync() > 0 ? ".mud-main-content" : "body";
        // An identifier shown on purpose beside its Russian name — a criterion or item id under its name on the trace
        // page, a table name beside its label, the stored JSON of an audit-trail entry — is a <code> or .code-ref and
        // is not read: a reference, not a label left untranslated.
        var text = await page.EvalOnSelectorAsync<string>(main, """
            el => {
                const refs = Array.from(el.querySelectorAll('code, .code-ref'));
                const saved = refs.map(r => r.style.display);
                refs.forEach(r => r.style.display = 'none');
                const text = el.innerText;
                refs.forEach((r, i) => r.style.display = saved[i]);
                return text;
            }
            """) + "\n" + await page.EvaluateAsync<string>(
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
