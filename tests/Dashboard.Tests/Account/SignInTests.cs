using System.Net;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Account;

public class SignInTests
{
    private const string Password = "a-long-password-1";

    [Theory]
    [InlineData("admin", "wrong-password-123")]
    [InlineData("admin", "")]
    [InlineData("admin", "ADMIN-PASSWORD-FOR-TESTS")]
    [InlineData("nobody", DashboardFactory.AdminPassword)]
    [InlineData("", DashboardFactory.AdminPassword)]
    public async Task SignIn_Fails_WhenCredentialsAreWrong(string user, string password)
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);

        var response = await SignInClient.PostSignIn(client, user, password);

        Assert.Contains("error=invalid", response.Headers.Location!.OriginalString);
        Assert.True(SignInClient.RedirectsToSignIn(await client.GetAsync("/", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task SignIn_Succeeds_WithUserNameInAnyCase()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);

        var response = await SignInClient.PostSignIn(client, "ADMIN", DashboardFactory.AdminPassword, "/imports");

        Assert.Equal("/imports", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/imports", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task SignIn_LocksAccount_AfterRepeatedFailures_EvenForRightPassword()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["SignIn:MaxFailedAttempts"] = "3" });
        factory.AddUser("exec", Password, new UserRole(Roles.Executive, null));
        var signIn = factory.Service<SignInService>();

        for (var i = 0; i < 3; i++) Assert.Equal(SignInFailure.BadPassword, signIn.Verify("exec", "wrong", null).Failure);

        Assert.Equal(SignInFailure.LockedOut, signIn.Verify("exec", Password, null).Failure);
        using var client = SignInClient.Anonymous(factory);
        var response = await SignInClient.PostSignIn(client, "exec", Password);
        Assert.Contains("error=invalid", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_AnswersAlike_ForUnknownAndLockedAccounts()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["SignIn:MaxFailedAttempts"] = "2" });
        factory.AddUser("exec", Password, new UserRole(Roles.Executive, null));
        using var client = SignInClient.Anonymous(factory);
        for (var i = 0; i < 2; i++) await SignInClient.PostSignIn(client, "exec", "wrong-password-123");
        Assert.Equal(SignInFailure.LockedOut, factory.Service<SignInService>().Verify("exec", Password, null).Failure);
        var ct = TestContext.Current.CancellationToken;

        var locked = await SignInClient.PostSignIn(client, "exec", Password);
        var unknown = await SignInClient.PostSignIn(client, "nobody-here", Password);

        Assert.Equal(unknown.StatusCode, locked.StatusCode);
        Assert.Equal(unknown.Headers.Location, locked.Headers.Location);
        var lockedPage = Message(await client.GetStringAsync(locked.Headers.Location, ct));
        Assert.Equal(Message(await client.GetStringAsync(unknown.Headers.Location, ct)), lockedPage);
        Assert.NotEmpty(lockedPage);
    }

    private static string Message(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "data-test=\"login-error\">([^<]*)<").Groups[1].Value;

    [Fact]
    public async Task SignIn_ResetsFailureCount_AfterSuccess()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["SignIn:MaxFailedAttempts"] = "3" });
        factory.AddUser("exec", Password, new UserRole(Roles.Executive, null));
        var signIn = factory.Service<SignInService>();

        signIn.Verify("exec", "wrong", null);
        signIn.Verify("exec", "wrong", null);
        Assert.True(signIn.Verify("exec", Password, null).Succeeded);
        signIn.Verify("exec", "wrong", null);
        signIn.Verify("exec", "wrong", null);

        Assert.True(signIn.Verify("exec", Password, null).Succeeded);
    }

    [Fact]
    public async Task SignIn_Fails_WhenUserIsDisabled()
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("exec", Password, new UserRole(Roles.Executive, null));
        factory.Service<UserService>().SetEnabled("exec", false, "admin");

        Assert.Equal(SignInFailure.Disabled, factory.Service<SignInService>().Verify("exec", Password, null).Failure);
    }

    [Fact]
    public async Task SignIn_Rejects_PostWithoutAntiforgeryToken()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "admin", ["password"] = DashboardFactory.AdminPassword,
        });

        var response = await client.PostAsync("/account/login", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task SignIn_IgnoresReturnUrl_OutsideTheSite(string returnUrl)
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);

        var response = await SignInClient.PostSignIn(client, "admin", DashboardFactory.AdminPassword, returnUrl);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsSession()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync("/", ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        await client.PostAsync("/account/logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), ct);

        Assert.True(SignInClient.RedirectsToSignIn(await client.GetAsync("/", ct)));
    }
}
