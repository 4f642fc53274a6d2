using Analytics.Engine.Store;
using Bunit;
using Dapper;
using Dashboard.Components.Pages.Admin;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Components;

public class StorePageTests : BunitContext
{
    private readonly TestStore _store = new();

    private void Seed()
    {
        using var connection = _store.Store.Open();
        connection.Execute("""
            INSERT INTO org_unit (code, level, name) VALUES ('C', 'company', 'Компания'), ('B1', 'branch', 'Филиал');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at)
            SELECT 'R' || i, 'O1', 'individual', 'phone', 'complaint',
                   TIMESTAMP '2024-03-05 10:00' + INTERVAL (i) DAY, TIMESTAMP '2024-03-05 10:00' + INTERVAL (i) DAY
            FROM range(1500) t(i);
            INSERT INTO import_run (kind, file_name, read, stored, duplicates, rejected, status)
            VALUES ('appeals', 'appeals-2024.csv', 1502, 1500, 1, 1, 'completed');
            """);
    }

    [Fact]
    public void Render_ShowsRowsPerTableAndYear_InRussianFormat()
    {
        Seed();
        this.AddDashboardServices(_store.Store, "ru-RU");

        var cut = Render<StorePage>();

        var appeals = cut.Find("tr[data-table=appeal]");
        // 1 500 rows with a (non-breaking) space as the group separator; dates day-first with dots.
        Assert.Matches(@"1\s500", appeals.Children[1].TextContent);
        Assert.Contains("05.03.2024 – 12.04.2028", appeals.TextContent);
        Assert.Contains("2025", cut.Find("thead").TextContent);
        Assert.Contains("2", cut.Find("tr[data-table=org_unit]").Children[1].TextContent);
        Assert.Contains("appeals-2024.csv", cut.Find("[data-test=last-import]").TextContent);
    }

    [Fact]
    public void Render_SaysNothingImported_WhenStoreIsEmpty()
    {
        this.AddDashboardServices(_store.Store, "en-GB");

        var cut = Render<StorePage>();

        Assert.Equal("Nothing has been imported yet.", cut.Find("[data-test=last-import]").TextContent.Trim());
        Assert.Equal("0", cut.Find("tr[data-table=appeal]").Children[1].TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
