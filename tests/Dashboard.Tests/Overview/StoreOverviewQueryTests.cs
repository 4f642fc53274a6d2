using Dapper;
using Dashboard.Overview;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Overview;

/// <summary>The home page's store summary is kept until the store changes, and re-read as soon as it does.</summary>
public class StoreOverviewQueryTests
{
    private static void Sql(TestStore db, string sql)
    {
        using var c = db.Store.Open();
        c.Execute(sql);
    }

    private static long Rows(StoreOverview o, string table) => o.Tables.Single(t => t.Table == table).Rows;

    [Fact]
    public void Load_KeepsTheSummary_UntilRowsOrImportsChange()
    {
        using var db = new TestStore();
        Sql(db, "INSERT INTO org_unit (code, level, parent_code, name) VALUES ('CO', 'company', NULL, 'Company'), ('O1', 'office', 'CO', 'Office')");
        var query = new StoreOverviewQuery(db.Store);

        var first = query.Load();
        var unchanged = query.Load();
        Sql(db, """
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, channel, kind, poor_quality, received_at, registered_at, status)
            VALUES ('A1', 'O1', 'individual', 'K1', 'post', 'complaint', false, TIMESTAMP '2025-03-01 10:00', TIMESTAMP '2025-03-01 10:00', 'open')
            """);
        var withAppeal = query.Load();
        Sql(db, "INSERT INTO import_run (kind, file_name, status, read, stored, duplicates, rejected) VALUES ('appeals', 'a.csv', 'completed', 1, 1, 0, 0)");
        var withImport = query.Load();

        Assert.Same(first, unchanged);
        Assert.Equal(0, Rows(first, "appeal"));
        Assert.Equal(1, Rows(withAppeal, "appeal"));
        Assert.Equal(1, withAppeal.Tables.Single(t => t.Table == "appeal").ByYear[2025]);
        Assert.Null(withAppeal.LastImport);
        Assert.Equal("a.csv", withImport.LastImport?.FileName);
    }
}
