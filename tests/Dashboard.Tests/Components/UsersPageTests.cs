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

        var message = cut.Find("[data-test=users-message]").TextContent;
        var shown = System.Text.RegularExpressions.Regex.Match(message, @"exec: (\S+) —").Groups[1].Value;
        var signIn = Services.GetRequiredService<SignInService>();
        Assert.True(signIn.Verify("exec", shown, null).Succeeded);
        Assert.False(signIn.Verify("exec", Password, null).Succeeded);
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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
