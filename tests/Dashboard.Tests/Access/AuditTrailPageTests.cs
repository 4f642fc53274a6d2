using System.Net;
using Analytics.Engine.Audit;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Access;

/// <summary>User changes reach the audit trail with who did them; /admin/audit shows and exports it to the Admin only.</summary>
public class AuditTrailPageTests
{
    private const string Password = "a-long-password-1";

    [Fact]
    public async Task RoleChange_IsRecorded_AndTheAdminPageShowsAndExportsIt_ButRefusesOthers()
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("root", Password, new UserRole(Roles.Admin, null));
        factory.AddUser("exec", Password, new UserRole(Roles.Executive, null));
        var users = factory.Service<UserService>();

        Assert.True(users.SetRoles("exec", [new UserRole(Roles.BranchManager, "B01")], "root").Succeeded);
        Assert.True(users.Rename("exec", "Петров Пётр Петрович", "root").Succeeded);

        var trail = factory.Service<AuditTrail>();
        var roles = Assert.Single(trail.List(new AuditFilter(EntityKind: AuditKinds.User)), e => e.Action == "roles");
        Assert.Equal(("root", "exec"), (roles.Actor, roles.EntityId));
        Assert.Equal("""{"roles":["Executive"]}""", roles.BeforeJson);
        Assert.Equal("""{"roles":["BranchManager(B01)"]}""", roles.AfterJson);
        var rename = Assert.Single(trail.List(new AuditFilter(EntityKind: AuditKinds.User)), e => e.Action == "rename");
        Assert.DoesNotContain("Петров", rename.AfterJson); // ФИО is personal data: masked by the Engine's rule
        Assert.True(trail.Verify().Intact);

        using var admin = await SignInClient.SignedIn(factory, "root", Password);
        using var other = await SignInClient.SignedIn(factory, "exec", Password);
        var ct = TestContext.Current.CancellationToken;

        var page = await admin.GetAsync("/admin/audit?kind=user", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(ct);
        Assert.Contains("Журнал изменений", html);
        Assert.Contains("Смена ролей", html);
        Assert.Contains("BranchManager(B01)", html);
        Assert.Contains("data-intact=\"true\"", html);

        var csv = await (await admin.GetAsync("/api/admin/audit?format=csv&kind=user&actor=root", ct)).Content.ReadAsStringAsync(ct);
        Assert.Contains("Смена ролей", csv);
        Assert.DoesNotContain("Создание", csv); // the users were created by "system", not root
        var xlsx = await admin.GetAsync("/api/admin/audit?format=xlsx", ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);

        var refused = await other.GetAsync("/admin/audit", ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/admin/audit?format=csv", ct)).StatusCode);
    }

    [Fact]
    public async Task Upload_IsRecordedWithTheUploadersLogin_FileHashAndCounts()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var bytes = System.Text.Encoding.UTF8.GetBytes("code,level,parent_code,name\nC,company,,Компания\nB01,branch,C,Филиал\n");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");

        var response = await client.PostAsync("/api/imports?kind=org", new MultipartFormDataContent { { file, "file", "org.csv" } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(factory.Service<AuditTrail>().List(new AuditFilter(EntityKind: AuditKinds.Import)));
        Assert.Equal("admin", entry.Actor);
        Assert.Contains($"\"sha256\":\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}\"", entry.AfterJson);
        Assert.Contains("\"file\":\"org.csv\"", entry.AfterJson);
        Assert.Contains("\"read\":2", entry.AfterJson);
    }
}
