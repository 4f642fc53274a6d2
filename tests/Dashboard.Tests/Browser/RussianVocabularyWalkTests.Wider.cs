using Analytics.Engine.Forms;
using Analytics.Engine.Reports.Publishing;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The walk's second half (#15 tests): the pages a first walk left out — the auditor's runner for an office assigned to
/// them, the client's questionnaire and its thanks page, the designer's editor, preview and QR pages, the 404 page, the
/// public results page — and a branch manager asking for another branch by address. Russian only, no raw code, a
/// screenshot of each under <c>screenshots/vocabulary/</c>.
/// </summary>
public sealed partial class RussianVocabularyWalkTests
{
    [Fact]
    public async Task PagesOfClientsAuditorsAndDesigners_InRussian_ShowNoRawCode()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?>
        {
            ["Demo:OnFirstRun"] = "true", ["Demo:Scale"] = "0.01", ["Demo:Classify"] = "false", ["Jobs:Enabled"] = "false",
        });
        host.Factory.AddPerson("kuznetsova.ea", "Кузнецова Елена Александровна", ExecutivePassword, new UserRole(Roles.BranchManager, "ESZ-ARH"));
        host.Factory.AddPerson("orlova.tv", "Орлова Татьяна Викторовна", ExecutivePassword, new UserRole(Roles.Designer, null));
        host.Factory.AddPerson("belov.in", "Белов Игорь Николаевич", ExecutivePassword, new UserRole(Roles.Auditor, null));
        var forms = host.Factory.Service<FormService>();
        forms.AssignOffices("belov.in", ["ARH-01"], "orlova.tv"); // as /designer/auditors does
        var checklist = forms.List().First(f => f.Code == "office-visit");
        var questionnaire = forms.List().First(f => f.Code == "client-satisfaction");
        var quarter = (Year: DateTime.Today.Year - 1, Quarter: 4); // a complete quarter the demo holds
        Assert.True(host.Factory.Service<ResultPublications>().Publish(quarter.Year, quarter.Quarter, "orlova.tv"));
        Directory.CreateDirectory(Shots);
        var found = new List<string>();

        // The auditor: the office assigned to them, by name and code, and the runner opened from it.
        await using (var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1024, Height = 768 }, HasTouch = true }))
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.FillAsync("#userName", "belov.in");
            await page.FillAsync("#password", ExecutivePassword);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync("**/checklist", new() { Timeout = 120_000 });
            var office = page.Locator("a[href='checklist/office-visit/ARH-01']");
            await Assertions.Expect(office).ToContainTextAsync("ARH-01");
            found.AddRange(await Check(page, "auditor-assigned", "/checklist"));
            found.AddRange(await Check(page, "auditor-runner", "/checklist/office-visit/ARH-01"));
            await Assertions.Expect(page.Locator("form[data-runner]")).ToBeVisibleAsync();
        }

        // The client, signed in as nobody: the questionnaire of an office, on a phone.
        await using (var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true }))
        {
            var page = await context.NewPageAsync();
            found.AddRange(await Check(page, "client-questionnaire", "/q/client-satisfaction?office=ARH-01", circuit: false));
            await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Войти");
            found.AddRange(await Check(page, "client-thanks", "/q/client-satisfaction/thanks", circuit: false));
            found.AddRange(await Check(page, "public-results", $"/public/results/ESZ-ARH/{ResultPublications.Key(quarter.Year, quarter.Quarter)}", circuit: false));
        }

        // The quality specialist's designer: the list, a new form, a checklist's editor, its preview and QR page.
        await using (var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 900 } }))
        {
            var page = await context.NewPageAsync();
            await Pages.SignIn(page, "orlova.tv", ExecutivePassword);
            foreach (var (name, path) in new[]
                     {
                         ("designer-new", "/designer/new"), ("designer-checklist", $"/designer/{checklist.Id}"),
                         ("designer-questionnaire", $"/designer/{questionnaire.Id}"), ("designer-preview", $"/designer/{checklist.Id}/preview"),
                         ("designer-qr", $"/designer/{questionnaire.Id}/qr"),
                     })
            {
                found.AddRange(await Check(page, name, path));
                // The item's switches stay inside their card at 1440 px («Персональные данные» was cut at its edge).
                var cut = await page.EvaluateAsync<string[]>("""
                    () => Array.from(document.querySelectorAll('[data-testid=item-switches]')).flatMap(row =>
                        Array.from(row.children).filter(c => c.getBoundingClientRect().right > row.getBoundingClientRect().right + 1)
                            .map(c => c.innerText))
                    """);
                found.AddRange(cut.Select(label => $"{path}: the switch «{label}» runs past its card"));
            }
            // An address that does not exist, signed in (a visitor who is not is sent to sign in first).
            found.AddRange(await Check(page, "not-found", "/nonsense/page", circuit: false));
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Страница не найдена");
        }

        // A branch manager who types another branch into the address sees their own branch only.
        await using (var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 900 } }))
        {
            var page = await context.NewPageAsync();
            await Pages.SignIn(page, "kuznetsova.ea", ExecutivePassword);
            foreach (var (name, path) in new[]
                     {
                         ("indicators", "/indicators?level=office&branch=ESZ-SPB"), ("appeals", "/appeals?branch=ESZ-SPB"),
                         ("records", "/records/appeals?branch=ESZ-SPB"), ("audits", "/audits?branch=ESZ-SPB"),
                     })
            {
                found.AddRange(await Check(page, $"branch-other-{name}", path));
                var text = await page.InnerTextAsync(".mud-main-content");
                if (text.Contains("SPB-", StringComparison.Ordinal) || text.Contains("Санкт-Петербург", StringComparison.Ordinal))
                    found.Add($"{path}: a branch manager of ESZ-ARH sees Saint Petersburg");
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }
}
