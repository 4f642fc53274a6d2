using System.Net;
using Dapper;
using Dashboard.Access;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Access;

/// <summary>The access log and the store inventory export like every other table, and their exports are logged.</summary>
public class AccessLogExportTests
{
    private const string Password = "a-long-password-1";

    [Fact]
    public async Task Admin_ExportsTheAccessLog_AndTheExportIsLoggedToo()
    {
        await using var factory = new DashboardFactory();
        factory.Service<AccessLog>().Record("boss", "report", "declaration", "B01", "year=2025");
        factory.AddUser("root", Password, new UserRole(Roles.Admin, null));
        factory.AddUser("exec", Password, new UserRole(Roles.Executive, null));
        using var admin = await SignInClient.SignedIn(factory, "root", Password);
        using var executive = await SignInClient.SignedIn(factory, "exec", Password);
        var ct = TestContext.Current.CancellationToken;

        var csv = await admin.GetAsync("/api/admin/access-log?format=csv", ct);
        var xlsx = await admin.GetAsync("/api/admin/access-log?format=xlsx", ct);
        var bad = await admin.GetAsync("/api/admin/access-log?format=pdf", ct);
        var refused = await executive.GetAsync("/api/admin/access-log?format=csv", ct);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync(ct);
        Assert.Contains("report: declaration", text);
        Assert.Contains("B01", text);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(2, factory.Service<AccessLog>().Recent().Count(e => (e.UserName, e.What) == ("root", AccessLogExport.Name)));
    }

    [Fact]
    public async Task Admin_ExportsTheStoreInventory_WithRowsPerTable()
    {
        await using var factory = new DashboardFactory();
        using (var c = factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'), ('B01', 'branch', 'C', 'Ф'), ('O1', 'office', 'B01', 'О');
                INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at)
                VALUES ('A-1', 'O1', 'individual', 'phone', 'complaint', TIMESTAMP '2025-03-01 10:00', TIMESTAMP '2025-03-01 10:00'),
                       ('A-2', 'O1', 'individual', 'phone', 'complaint', TIMESTAMP '2024-03-01 10:00', TIMESTAMP '2024-03-01 10:00');
                """);
        factory.AddUser("root", Password, new UserRole(Roles.Admin, null));
        using var client = await SignInClient.SignedIn(factory, "root", Password);
        var ct = TestContext.Current.CancellationToken;

        var response = await client.GetAsync("/api/store/inventory?format=csv", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(ct)).Split("\r\n");
        Assert.Contains("2024", lines[0]);
        Assert.Contains("2025", lines[0]);
        var appeal = Assert.Single(lines, l => l.Contains(",appeal,"));
        Assert.Contains(",2,", appeal);
        var entry = Assert.Single(factory.Service<AccessLog>().Recent());
        Assert.Equal(("root", "inventory", null), (entry.UserName, entry.What, entry.ScopeCode));
    }
}
