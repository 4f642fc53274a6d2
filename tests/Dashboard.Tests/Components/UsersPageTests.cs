using Bunit;
using Dashboard.Components.Pages.Admin;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class UsersPageTests : BunitContext
{
    private const string Password = "a-long-password-1";
    private readonly TestStore _store = new();

    public UsersPageTests()
    {
        this.AddDashboardServices(_store.Store);
        this.SignInAs("admin", Roles.Admin);
        Service.Create("admin", "Administrator", Password, [new UserRole(Roles.Admin, null)], "test");
    }

    private UserService Service => Services.GetRequiredService<UserService>();

    [Fact]
    public void Create_AddsUserWithRole_ThatCanSignIn()
    {
        var cut = Render<UsersPage>();

        cut.Find("input[data-test=new-username]").Change("Petrov");
        cut.Find("input[data-test=new-displayname]").Change("Петров П. П.");
        cut.Find("input[data-test=new-password]").Change(Password);
        cut.Find("input[data-role=Executive]").Change(true);
        cut.Find("[data-test=save]").Click();

        Assert.NotNull(cut.Find("tr[data-user=petrov]"));
        Assert.Contains("Руководитель", cut.Find("tr[data-user=petrov]").TextContent);
        Assert.True(Services.GetRequiredService<SignInService>().Verify("petrov", Password, null).Succeeded);
    }

    [Fact]
    public void Create_ShowsError_WhenPasswordIsShort()
    {
        var cut = Render<UsersPage>();

        cut.Find("input[data-test=new-username]").Change("petrov");
        cut.Find("input[data-test=new-password]").Change("short");
        cut.Find("input[data-role=Executive]").Change(true);
        cut.Find("[data-test=save]").Click();

        Assert.Contains("не короче 12", cut.Find("[data-test=users-message]").TextContent);
        Assert.Empty(cut.FindAll("tr[data-user=petrov]"));
    }

    [Fact]
    public void Create_AsksForBranch_WhenRoleIsBranchManager()
    {
        var cut = Render<UsersPage>();

        cut.Find("input[data-test=new-username]").Change("bm");
        cut.Find("input[data-test=new-password]").Change(Password);
        cut.Find("input[data-role=BranchManager]").Change(true);
        cut.Find("[data-test=save]").Click();
        Assert.Contains("филиал", cut.Find("[data-test=users-message]").TextContent);

        cut.Find("input[data-test=branch]").Change("B03");
        cut.Find("[data-test=save]").Click();

        var role = Assert.Single(Service.List().Single(u => u.UserName == "bm").Roles);
        Assert.Equal(new UserRole(Roles.BranchManager, "B03"), role);
    }

    [Fact]
    public void Toggle_DisablesOtherUser_ButNeverTheLastAdmin()
    {
        Service.Create("exec", "exec", Password, [new UserRole(Roles.Executive, null)], "test");
        var cut = Render<UsersPage>();

        cut.Find("tr[data-user=exec] [data-test=toggle]").Click();
        cut.Find("tr[data-user=admin] [data-test=toggle]").Click();

        Assert.False(Service.List().Single(u => u.UserName == "exec").Enabled);
        Assert.True(Service.List().Single(u => u.UserName == "admin").Enabled);
        Assert.Contains("самого себя", cut.Find("[data-test=users-message]").TextContent);
    }

    [Fact]
    public void Reset_ShowsNewPasswordOnce_ThatWorks()
    {
        Service.Create("exec", "exec", Password, [new UserRole(Roles.Executive, null)], "test");
        var cut = Render<UsersPage>();

        cut.Find("tr[data-user=exec] [data-test=reset]").Click();

        // D25: never in clear text in the message; once, masked, in a password input with a copy button.
        var input = cut.Find("[data-test=issued-password] input");
        var shown = input.GetAttribute("value")!;
        Assert.Equal("password", input.GetAttribute("type"));
        Assert.DoesNotContain(shown, cut.Find("[data-test=users-message]").TextContent);
        Assert.NotNull(cut.Find("[data-test=copy-password]"));
        var signIn = Services.GetRequiredService<SignInService>();
        Assert.True(signIn.Verify("exec", shown, null).Succeeded);
        Assert.False(signIn.Verify("exec", Password, null).Succeeded);

        cut.Find("tr[data-user=exec] [data-test=edit]").Click();
        Assert.Empty(cut.FindAll("[data-test=issued-password]"));
    }

    [Fact]
    public void Create_ShowsThePasswordOnceMasked_AndTheFormFieldIsMasked()
    {
        var cut = Render<UsersPage>();
        Assert.Equal("password", cut.Find("input[data-test=new-password]").GetAttribute("type"));

        cut.Find("input[data-test=new-username]").Change("Petrov");
        cut.Find("input[data-test=new-password]").Change(Password);
        cut.Find("input[data-role=Executive]").Change(true);
        cut.Find("[data-test=save]").Click();

        var input = cut.Find("[data-test=issued-password] input");
        Assert.Equal("password", input.GetAttribute("type"));
        Assert.Equal(Password, input.GetAttribute("value"));
    }

    [Fact]
    public void EditRoles_ReplacesRoles()
    {
        Service.Create("exec", "exec", Password, [new UserRole(Roles.Executive, null)], "test");
        var cut = Render<UsersPage>();

        cut.Find("tr[data-user=exec] [data-test=edit]").Click();
        cut.Find("input[data-role=Executive]").Change(false);
        cut.Find("input[data-role=Auditor]").Change(true);
        cut.Find("[data-test=save]").Click();

        Assert.Equal([new UserRole(Roles.Auditor, null)], Service.List().Single(u => u.UserName == "exec").Roles);
    }

    [Fact]
    public void Edit_RenamesUser_KeepingLoginAndAssignments()
    {
        Service.Create("auditor1", "Смирнов Алексей Петрович", Password, [new UserRole(Roles.Auditor, null)], "test");
        var forms = new Analytics.Engine.Forms.FormService(_store.Store);
        using (var c = _store.Store.Open())
            Dapper.SqlMapper.Execute(c, "INSERT INTO org_unit (code, level, name) VALUES ('SPB-03', 'office', 'Невский')");
        forms.AssignOffices("auditor1", ["SPB-03"]);
        var cut = Render<UsersPage>();

        cut.Find("tr[data-user=auditor1] [data-test=edit]").Click();
        cut.Find("input[data-test=edit-displayname]").Change("Смирнов-Белов Алексей Петрович");
        cut.Find("[data-test=save]").Click();

        Assert.Contains("Смирнов-Белов Алексей Петрович", cut.Find("tr[data-user=auditor1]").TextContent);
        Assert.Equal(["SPB-03"], forms.AssignedOffices("auditor1").Select(o => o.Code));
        Assert.True(Services.GetRequiredService<SignInService>().Verify("auditor1", Password, null).Succeeded);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
