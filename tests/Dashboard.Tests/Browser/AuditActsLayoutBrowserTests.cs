using Analytics.Engine.Forms;
using Dapper;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// #15: the acts table of /audits keeps its «Акт» column inside its card when auditors have long ФИО and offices long
/// names — at 1440 px nothing is pushed past the card's right edge; at 1024 px the table scrolls inside the card.
/// Screenshots kept for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditActsLayoutBrowserTests(BrowserFixture browser)
{
    private static readonly string[] Auditors =
    [
        "Константинопольская-Преображенская Александра Вячеславовна",
        "Старохолмогорский-Верещагин Владимир Константинович",
        "Иванова Мария Петровна",
    ];

    private static void Seed(Support.DashboardFactory factory)
    {
        var store = factory.Store;
        using (var c = store.Open())
        {
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, time_zone, latitude, longitude) VALUES
                  ('C', 'company', NULL, 'ПАО «Северная энергосбытовая компания»', 'Europe/Moscow', NULL, NULL),
                  ('B1', 'branch', 'C', 'Архангельский филиал', 'Europe/Moscow', NULL, NULL),
                  ('O1', 'office', 'B1', 'Центральный клиентский офис обслуживания физических и юридических лиц', 'Europe/Moscow', 64.5393, 40.5187),
                  ('O2', 'office', 'B1', 'Клиентский офис г. Новодвинск', 'Europe/Moscow', 64.4165, 40.8207)
                """);
            for (var i = 0; i < Auditors.Length; i++)
                c.Execute("INSERT INTO app_user (user_name, display_name, password_hash, security_stamp) VALUES ($u, $n, '-', '-')",
                    new { u = $"auditor{i}", n = Auditors[i] });
        }
        var forms = new FormService(store);
        var id = forms.CreateFromTemplate("office-visit", "office-visit");
        Assert.True(forms.Publish(id).Published);
        for (var i = 0; i < Auditors.Length; i++) forms.AssignOffices($"auditor{i}", ["O1", "O2"]);
        var year = DateTime.UtcNow.Year;
        // Every proof-of-visit flag the reviewer sees: far from the office (even rows), too fast (odd rows: 2 minutes),
        // and audits 0 and 3 of one auditor overlapping in time — the chips that widen the table beside the ФИО.
        for (var i = 0; i < 6; i++)
        {
            var start = i == 3 ? new DateTime(year, 1, 10, 7, 10, 0, DateTimeKind.Utc) : new DateTime(year, 1, 10 + i, 7, 0, 0, DateTimeKind.Utc);
            var minutes = i % 2 == 1 ? 2 : 35;
            var answers = FormTemplates.Get("office-visit")!.AllItems().Where(x => x.Type == QuestionType.YesNoNa)
                .ToDictionary(x => x.Code, x => AnswerValue.Of(x.Code == "clean" && i % 2 == 0 ? "no" : "yes"));
            answers["visit_date"] = AnswerValue.Of(start.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
            forms.Submit(new SubmissionRequest
            {
                Id = $"LAYOUT-{i}", Form = "office-visit", OfficeCode = i % 2 == 0 ? "O1" : "O2", Source = SubmissionSource.Checklist,
                Auditor = $"auditor{i % Auditors.Length}", StartedAt = start, FinishedAt = start.AddMinutes(minutes), SubmittedAt = start.AddMinutes(minutes + 1),
                Latitude = i % 2 == 0 ? 59.9386 : 64.5393, Longitude = i % 2 == 0 ? 30.3141 : 40.5187, Answers = answers,
            });
        }
    }

    [Fact]
    public async Task ActColumn_StaysInsideTheCard_WithLongAuditorNames()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        Seed(host.Factory);
        foreach (var width in new[] { 1440, 1024 })
        {
            await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, Locale = "ru-RU", ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
            await page.GotoAsync("/audits");
            await Pages.WaitInteractive(page);
            var card = page.Locator("[data-test=audit-acts]");
            await Assertions.Expect(card.Locator("tbody tr")).ToHaveCountAsync(6, new() { Timeout = 60_000 });
            await Assertions.Expect(card).ToContainTextAsync(Auditors[0]);
            await Screenshots.Save(page, $"15-audit-acts-{width}", fullPage: false);
            await Screenshots.Save(card, $"15-audit-acts-card-{width}");

            var cardBox = (await card.BoundingBoxAsync())!;
            // The table never widens the page: no horizontal scroll of the document.
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
                $"the page scrolls sideways at {width} px");
            if (width == 1440)
            {
                // Every «Акт» cell lies inside the card: the long ФИО wrap instead of pushing the column out.
                foreach (var cell in await card.Locator("tbody tr td:last-child").AllAsync())
                {
                    var box = (await cell.BoundingBoxAsync())!;
                    Assert.True(box.X + box.Width <= cardBox.X + cardBox.Width + 0.5,
                        $"«Акт» cell ends at {box.X + box.Width:0} px, the card at {cardBox.X + cardBox.Width:0} px");
                    Assert.True(await cell.Locator("[data-test=act-download]").IsVisibleAsync());
                }
            }
            else
            {
                // Narrower: the table may scroll, but inside its card, never past the card's edge.
                var scroller = card.Locator("[data-test=acts-scroll]");
                var box = (await scroller.BoundingBoxAsync())!;
                Assert.True(box.X + box.Width <= cardBox.X + cardBox.Width + 0.5, "the table's scroller leaves the card");
            }
        }
    }
}
