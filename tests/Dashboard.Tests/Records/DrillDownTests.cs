using System.Globalization;
using Bunit;
using Dapper;
using Dashboard.Access;
using Dashboard.Components.Pages.Appeals;
using Dashboard.Components.Pages.Audits;
using Dashboard.Components.Pages.Indicators;
using Dashboard.Filters;
using Dashboard.Localization;
using Dashboard.Records;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Records;

/// <summary>
/// Every figure that links to records: the records behind the link, counted by the records query the records page
/// and its export use, are exactly the figure shown.
/// </summary>
public class DrillDownTests : BunitContext
{
    private readonly TestStore _store = new();

    public DrillDownTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'Компания'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_name, channel, kind, topic, received_at, registered_at, due_at, answered_at, status, follow_up_of)
            SELECT 'A-' || i, CASE WHEN i % 3 = 0 THEN 'O21' ELSE 'O01' END, CASE WHEN i % 4 = 0 THEN 'legal' ELSE 'individual' END,
                   'Потребитель ' || i, CASE WHEN i % 2 = 0 THEN 'email' ELSE 'post' END,
                   CASE WHEN i % 5 = 0 THEN 'information_request' ELSE 'complaint' END, CASE WHEN i % 7 = 0 THEN NULL ELSE 'тариф' END,
                   TIMESTAMP '2025-02-01 10:00' + to_days(i * 3), TIMESTAMP '2025-02-01 10:00' + to_days(i * 3),
                   TIMESTAMP '2025-02-01 10:00' + to_days(i * 3 + 20),
                   CASE WHEN i % 6 = 0 THEN NULL ELSE TIMESTAMP '2025-02-01 10:00' + to_days(i * 3 + (i % 30)) END,
                   CASE WHEN i % 6 = 0 THEN 'open' ELSE 'answered' END, CASE WHEN i % 9 = 0 THEN 'A-1' END
            FROM range(1, 61) t(i);
            INSERT INTO queue_visit (office_code, ticket, issued_at, called_at, finished_at)
            SELECT CASE WHEN i % 2 = 0 THEN 'O01' ELSE 'O21' END, 'T' || i, TIMESTAMP '2025-03-01 09:00' + to_minutes(i * 30),
                   CASE WHEN i % 5 = 0 THEN NULL ELSE TIMESTAMP '2025-03-01 09:00' + to_minutes(i * 30 + i % 25) END,
                   CASE WHEN i % 4 = 0 THEN NULL ELSE TIMESTAMP '2025-03-01 09:00' + to_minutes(i * 30 + i % 25 + 10) END
            FROM range(1, 41) t(i);
            INSERT INTO call_interval (center_code, interval_start, interval_minutes, offered, answered, abandoned, answered_in_norm)
            SELECT 'O01', TIMESTAMP '2025-04-01 08:00' + to_minutes(i * 30), 30, 10 + i, 8 + i, 2, 7 + i FROM range(1, 6) t(i);
            INSERT INTO call_record (call_id, center_code, started_at, wait_seconds, answered)
            SELECT 'C' || i, 'O01', TIMESTAMP '2025-04-02 08:00' + to_minutes(i), i * 10, i % 3 <> 0 FROM range(1, 8) t(i);
            INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('f1', 'checklist', 'office-audit', 'Проверка офиса', '{}');
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
                ('s1', 'f1', 1, 'O01', 'checklist', TIMESTAMP '2025-04-01 10:00'), ('s2', 'f1', 1, 'O01', 'checklist', TIMESTAMP '2025-05-01 10:00'),
                ('s3', 'f1', 1, 'O21', 'checklist', TIMESTAMP '2025-04-02 10:00');
            INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES
                ('s1', 'signage', 1, false), ('s1', 'queue_board', 0, false), ('s1', 'ramp', NULL, true),
                ('s2', 'signage', 1, false), ('s2', 'queue_board', 1, false), ('s3', 'signage', 0, false);
            """);
    }

    private RecordsQuery Records => Services.GetRequiredService<RecordsQuery>();

    /// <summary>How many records the link leads to, as the records page counts them for this user.</summary>
    private long CountBehind(string href, UserScope scope) => Behind(href, scope).Total;

    private RecordPage Behind(string href, UserScope scope)
    {
        Assert.StartsWith("/records/", href);
        var kind = href["/records/".Length..].Split('?')[0];
        var query = QueryHelpers.ParseQuery(href.Contains('?') ? href[href.IndexOf('?')..] : "");
        var source = Records.Source(kind) ?? throw new InvalidOperationException(kind);
        var keys = RecordLinks.Keys(source, k => query.TryGetValue(k, out var v) ? v.ToString() : null);
        return Records.Load(kind, DashboardFilter.FromUri(href), keys, scope, new Ui(), 0, 1)!;
    }

    private static long Number(string text) => long.Parse(text.Replace("\u00a0", "").Replace(" ", ""), NumberStyles.Number, CultureInfo.InvariantCulture);

    [Fact]
    public void AppealsPage_EveryCountLink_LeadsToThatManyAppeals()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/appeals?from=2025-01-01&to=2025-12-31");
        var cut = Render<AppealsPage>();
        var scope = new UserScope("exec", null, false, false);

        var checkedLinks = 0;
        foreach (var card in new[] { "total", "overdue", "due-soon", "repeat" })
        {
            var value = cut.Find($"[data-card={card}] [data-test=value]");
            Assert.Equal(Number(value.TextContent), CountBehind(value.GetAttribute("data-drill")!, scope));
            checkedLinks++;
        }
        foreach (var table in new[] { "by-channel", "by-kind", "by-topic" })
            foreach (var row in cut.FindAll($"[data-table={table}] tbody tr"))
            {
                var count = row.QuerySelectorAll("td")[1];
                var link = count.QuerySelector("[data-drill]")!;
                Assert.Equal(Number(count.TextContent), CountBehind(link.GetAttribute("data-drill")!, scope));
                checkedLinks++;
            }
        Assert.True(checkedLinks >= 9, $"only {checkedLinks} links checked");
        Assert.True(Number(cut.Find("[data-card=total] [data-test=value]").TextContent) == 60);
    }

    [Fact]
    public void AppealsPage_OverdueRows_LinkToTheirOwnAppeal()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/appeals?from=2025-01-01&to=2025-12-31");
        var cut = Render<AppealsPage>();
        var scope = new UserScope("exec", null, false, false);

        var rows = cut.FindAll("[data-table=overdue] tbody tr");
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cell = row.QuerySelectorAll("td")[0];
            var page = Behind(cell.QuerySelector("[data-drill]")!.GetAttribute("data-drill")!, scope);
            Assert.Equal(1, page.Total);
            Assert.Equal(cell.TextContent.Trim(), page.View.Rows[0][0]);
        }
    }

    [Fact]
    public void AppealsPage_WithChannelFilter_LinksCarryIt_AndStillReproduce()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/appeals?from=2025-01-01&to=2025-12-31&channel=email&consumer=individual");
        var cut = Render<AppealsPage>();

        var total = cut.Find("[data-card=total] [data-test=value]");
        var href = total.GetAttribute("data-drill")!;
        Assert.Contains("channel=email", href);
        Assert.Contains("consumer=individual", href);
        Assert.Equal(Number(total.TextContent), CountBehind(href, new UserScope("exec", null, false, false)));
        Assert.True(Number(total.TextContent) is > 0 and < 60);
    }

    [Fact]
    public void IndicatorsPage_EveryCriterionN_LeadsToThatManyRecords()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/indicators?from=2025-01-01&to=2025-12-31&level=office");
        var cut = Render<IndicatorsPage>();
        var scope = new UserScope("exec", null, false, false);
        var nColumn = 5;   // period, unit, indicator, criterion, value, n, …

        var (checkedLinks, calls) = (0, 0);
        foreach (var row in cut.FindAll("[data-table=criteria] tbody tr"))
        {
            var n = row.QuerySelectorAll("td")[nColumn];
            if (n.QuerySelector("[data-drill]") is not { } link) continue;   // a manual criterion has no records
            var href = link.GetAttribute("data-drill")!;
            var behind = Behind(href, scope);
            // n of a call criterion is calls offered: the sum over intervals and single calls, not a count of rows.
            var reproduced = href.StartsWith("/records/calls", StringComparison.Ordinal) ? (long)behind.Sum!.Value : behind.Total;
            Assert.True(Number(n.TextContent) == reproduced, $"{href}: shown {n.TextContent}, records {reproduced}");
            if (href.StartsWith("/records/calls", StringComparison.Ordinal)) calls++;
            checkedLinks++;
        }
        Assert.True(checkedLinks >= 4, $"only {checkedLinks} criterion links checked");
        Assert.True(calls > 0, "no call criterion checked");
    }

    [Fact]
    public void AuditsPage_CheckedAndPassedLinks_LeadToThoseAnswers()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/audits?year=2025");
        var cut = Render<AuditsPage>();
        var scope = new UserScope("exec", null, false, false);

        foreach (var row in cut.FindAll("[data-table=by-office] tbody tr"))
            foreach (var column in new[] { 1, 2, 3 })
            {
                var cell = row.QuerySelectorAll("td")[column];
                Assert.Equal(Number(cell.TextContent), CountBehind(cell.QuerySelector("[data-drill]")!.GetAttribute("data-drill")!, scope));
            }
    }

    [Fact]
    public void BranchManager_LinksAndCounts_StayInTheirBranch()
    {
        this.SignInAsBranchManager("boss", "B01");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/appeals?from=2025-01-01&to=2025-12-31&branch=B02");
        var cut = Render<AppealsPage>();
        var manager = new UserScope("boss", "B01", false, true);

        var total = cut.Find("[data-card=total] [data-test=value]");
        var href = total.GetAttribute("data-drill")!;
        Assert.Contains("branch=B01", href);
        Assert.Equal(40, Number(total.TextContent));   // 60 appeals, every third in the other branch
        // Even a hand-edited link to the other branch counts only the manager's.
        Assert.Equal(40, CountBehind(href.Replace("branch=B01", "branch=B02"), manager));
    }
}
