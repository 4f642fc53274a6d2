using Bunit;
using Dashboard.Components.Pages.Account;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class ChangePasswordTests : BunitContext
{
    private const string Password = "a-long-password-1";
    private const string NewPassword = "a-new-long-password-2";
    private readonly TestStore _store = new();

    public ChangePasswordTests()
    {
        this.AddDashboardServices(_store.Store);
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<UserService>().Create("exec", "exec", Password, [new UserRole(Roles.Executive, null)], "test");
    }

    private IRenderedComponent<ChangePassword> Fill(string current, string next, string repeat)
    {
        var cut = Render<ChangePassword>();
        cut.Find("input[data-test=current]").Change(current);
        cut.Find("input[data-test=new]").Change(next);
        cut.Find("input[data-test=repeat]").Change(repeat);
        cut.Find("[data-test=change]").Click();
        return cut;
    }

    [Fact]
    public void Change_SetsNewPassword_AndSendsToSignIn()
    {
        Fill(Password, NewPassword, NewPassword);

        var signIn = Services.GetRequiredService<SignInService>();
        Assert.True(signIn.Verify("exec", NewPassword, null).Succeeded);
        Assert.False(signIn.Verify("exec", Password, null).Succeeded);
        Assert.EndsWith("/account/login?changed=true", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Theory]
    [InlineData("wrong-current-password", NewPassword, NewPassword, "Текущий пароль указан неверно")]
    [InlineData(Password, NewPassword, "different-new-password", "не совпадают")]
    [InlineData(Password, "short", "short", "не короче 12")]
    public void Change_KeepsOldPassword_WhenInputIsWrong(string current, string next, string repeat, string message)
    {
        var cut = Fill(current, next, repeat);

        Assert.Contains(message, cut.Find("[data-test=password-error]").TextContent);
        Assert.True(Services.GetRequiredService<SignInService>().Verify("exec", Password, null).Succeeded);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
