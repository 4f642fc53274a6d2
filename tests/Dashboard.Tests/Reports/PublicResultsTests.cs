using System.Net;
using AngleSharp.Html.Parser;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Publishing;
using Analytics.Engine.Reports.Quarterly;
using Dapper;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Reports;

/// <summary>
/// #18 item 5 on the real host: /public/results/{code}/{yyyy}-Q{n} is anonymous, 404 until the quarter is published,
/// shows the quarterly PDF's own cells (the document model the renderer draws, from the same Engine query) and hides
/// every figure resting on fewer appeals than the methodology's minimum n (30) as «недостаточно ответов».
/// </summary>
public class PublicResultsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublicPage_Is404UntilPublished_ThenShowsThePdfsFigures_WithSmallFiguresSuppressed()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        PublicResultsSeed.Seed(factory.Store);
        using var client = SignInClient.Anonymous(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/public/results/B1/2025-Q3", Ct)).StatusCode);
        factory.Service<ResultPublications>().Publish(2025, 3, "boss");

        var response = await client.GetAsync("/public/results/B1/2025-Q3", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("nav, .mud-nav-link, a[href^='/admin'], a[href='/account/logout']")); // no internal navigation
        Assert.Contains("Филиал Архангельский", page.QuerySelector("[data-test=unit]")!.TextContent);
        Assert.Contains("40", page.QuerySelector("[data-test=total]")!.TextContent);

        // The PDF's model: the same Gather and Build the quarterly PDF is rendered from.
        var rows = QuarterlyReport.Gather(factory.Store, "B1", 2025, 3, out var scope);
        var pdfTables = QuarterlyReport.Build(scope, rows, 2025, 3, new Analytics.Engine.Reports.ReportOptions()).Blocks.OfType<TableBlock>().ToList();
        var pageTables = page.QuerySelectorAll("table[data-table]").ToList();
        Assert.Equal(QuarterlyReport.Parameters.Length, pageTables.Count);
        Assert.Equal(pdfTables.Count, pageTables.Count);
        var compared = 0;
        for (var t = 0; t < pdfTables.Count; t++)
        {
            Assert.Equal(pdfTables[t].Columns.Select(c => c.Header), pageTables[t].QuerySelectorAll("th").Select(h => h.TextContent));
            var pageRows = pageTables[t].QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").ToList()).ToList();
            Assert.Equal(pdfTables[t].Rows.Count, pageRows.Count);
            for (var r = 0; r < pageRows.Count; r++)
                for (var c = 0; c < pageRows[r].Count; c++)
                {
                    var cell = pageRows[r][c];
                    // Previous quarter: 10 appeals (< 30) — its counts and both dynamics against it are hidden; the rest is the PDF's text.
                    if (c is 3 or 4) Assert.Equal(("true", "недостаточно ответов"), (cell.GetAttribute("data-suppressed"), cell.TextContent));
                    else { Assert.Null(cell.GetAttribute("data-suppressed")); Assert.Equal(pdfTables[t].Rows[r][c], cell.TextContent); compared++; }
                }
        }
        Assert.True(compared > 40, $"only {compared} cells compared");

        // A branch with 3 appeals: every figure hidden, the total too.
        var small = new HtmlParser().ParseDocument(await client.GetStringAsync("/public/results/B2/2025-Q3", Ct));
        Assert.Contains("недостаточно ответов", small.QuerySelector("[data-test=total]")!.TextContent);
        Assert.All(small.QuerySelectorAll("table[data-table] tbody tr"), tr => Assert.All(tr.QuerySelectorAll("td").Skip(1), td => Assert.Equal("недостаточно ответов", td.TextContent)));

        // Company page; an office, an unknown unit, an unpublished quarter and a malformed period are 404.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/public/results/ARH/2025-Q3", Ct)).StatusCode);
        foreach (var path in new[] { "/public/results/O11/2025-Q3", "/public/results/NOPE/2025-Q3", "/public/results/B1/2025-Q2", "/public/results/B1/2025-Q5", "/public/results/B1/2025" })
            Assert.True((await client.GetAsync(path, Ct)).StatusCode == HttpStatusCode.NotFound, path);

        // Withdrawn: 404 again; both changes are in the audit trail.
        factory.Service<ResultPublications>().Unpublish(2025, 3, "boss");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/public/results/B1/2025-Q3", Ct)).StatusCode);
        using var c2 = factory.Store.Open();
        Assert.Equal(["publish", "unpublish"], c2.Query<string>("SELECT action FROM audit_entry WHERE entity_kind = 'result_publication' ORDER BY seq").ToArray());
    }

    [Fact]
    public void Publish_RefusesAQuarterStillRunning()
    {
        using var store = new TestStore();
        var publications = new ResultPublications(store.Store, TimeProvider.System);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Throws<Analytics.Engine.Reports.Data.ReportPeriodException>(() => publications.Publish(today.Year, (today.Month + 2) / 3, "boss"));
        Assert.Throws<ArgumentOutOfRangeException>(() => publications.Publish(2025, 5, "boss"));
        Assert.Empty(publications.List());
    }
}
