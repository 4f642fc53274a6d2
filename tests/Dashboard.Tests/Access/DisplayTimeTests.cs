using System.Net;
using Dapper;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Access;

/// <summary>
/// Times are shown in Jobs:TimeZone (Europe/Moscow), not in the server's zone (#15.6, D11): an access-log entry
/// stored at 07:36 UTC reads 10:36 on the page and in the export.
/// </summary>
public class DisplayTimeTests
{
    private const string Password = "a-long-password-1";

    [Fact]
    public async Task AccessLogPageAndExport_ShowTheStoredUtcInstantInMoscowTime()
    {
        await using var factory = new DashboardFactory();
        using (var c = factory.Store.Open())
            c.Execute("""
                INSERT INTO access_log (happened_at, user_name, action, what, scope_code, detail)
                VALUES (TIMESTAMP '2026-12-03 07:36:00', 'auditor1', 'report', 'declaration', NULL, 'year=2025')
                """);
        factory.AddUser("root", Password, new UserRole(Roles.Admin, null));
        using var admin = await SignInClient.SignedIn(factory, "root", Password);
        var ct = TestContext.Current.CancellationToken;

        var page = await admin.GetAsync("/admin/access-log", ct);
        var html = await page.Content.ReadAsStringAsync(ct);
        var csv = await (await admin.GetAsync("/api/admin/access-log?format=csv", ct)).Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("03.12.2026 10:36", html);
        Assert.DoesNotContain("07:36", html);
        Assert.Contains("2026-12-03 10:36", csv);
    }
}
