using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dashboard.Imports;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Access;

/// <summary>
/// #21.3: every state-changing endpoint refuses a cross-site request — without the antiforgery token (400), or from
/// another origin even with one (403) — while the documented script flow (token from /api/antiforgery) works.
/// </summary>
public class RequestForgeryTests
{
    /// <summary>The state-changing endpoints: path and a body that would otherwise be accepted or judged on its merits.</summary>
    public static TheoryData<string> Writes() =>
    [
        "/api/imports?kind=org&fileName=org.csv",
        "/api/forms/import?code=forged&format=native",
        "/api/submissions",
        "/account/logout",
        "/account/login",
    ];

    private static HttpContent Body(string path) => path switch
    {
        _ when path.StartsWith("/api/imports", StringComparison.Ordinal) => new ByteArrayContent(File.ReadAllBytes(Samples.Path("org.csv"))),
        _ when path.StartsWith("/api/forms", StringComparison.Ordinal) => new StringContent("""{"code":"forged","kind":"questionnaire","title":{"ru":"Х"}}""", Encoding.UTF8, "application/json"),
        "/api/submissions" => JsonContent.Create(new { id = "forged-1", form = "nothing", source = "checklist", officeCode = "O1" }),
        _ => new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "admin", ["password"] = DashboardFactory.AdminPassword }),
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Post_WithoutToken_IsRefused(string path)
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword, withToken: false);

        var response = await client.PostAsync(path, Body(path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/imports/kinds", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Post_FromAnotherSite_IsRefused_EvenWithToken(string path)
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var ct = TestContext.Current.CancellationToken;

        foreach (var (header, value) in new[]
                 {
                     ("Origin", "http://localhost:8081"), ("Origin", "https://localhost"), ("Origin", "http://evil.example"),
                     ("Origin", "null"), ("Referer", "http://localhost:8081/page"),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Body(path) };
            request.Headers.TryAddWithoutValidation(header, value);
            var response = await client.SendAsync(request, ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path} {header}: {value} → {(int)response.StatusCode}");
        }
        Assert.Null(factory.Service<Analytics.Engine.Forms.FormService>().Forms.Find("forged"));
    }

    [Fact]
    public async Task Script_GetsToken_SignsIn_AndImports_FromItsOwnOrigin()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;

        // README's recipe: a token for the sign-in form, sign in, a token for the signed-in user, then the API call.
        var signIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await SignInClient.Token(client),
            ["userName"] = "admin", ["password"] = DashboardFactory.AdminPassword,
        }), ct);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports?kind=org&fileName=org.csv")
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(Samples.Path("org.csv"), ct)),
        };
        request.Headers.Add("RequestVerificationToken", await SignInClient.Token(client));
        request.Headers.Add("Origin", "http://localhost");
        var response = await client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (await response.Content.ReadFromJsonAsync<ImportResult>(ct))!.Stored);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/a\r\nSet-Cookie: x=y")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData(" /imports")]
    public async Task ReturnUrl_FallsBackToRoot_WithoutAnError(string returnUrl)
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;
        var escaped = Uri.EscapeDataString(returnUrl);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/account/login?returnUrl={escaped}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/account/login?error=invalid&returnUrl={escaped}", ct)).StatusCode);
        var culture = await client.GetAsync($"/culture?c=ru-RU&redirect={escaped}", ct);
        Assert.Equal((HttpStatusCode.Redirect, "/"), (culture.StatusCode, culture.Headers.Location?.OriginalString));
        var wrong = await SignInClient.PostSignIn(client, "admin", "wrong-password-123", returnUrl);
        Assert.Equal((HttpStatusCode.Redirect, "/account/login?error=invalid&returnUrl=%2F"), (wrong.StatusCode, wrong.Headers.Location?.OriginalString));
        var right = await SignInClient.PostSignIn(client, "admin", DashboardFactory.AdminPassword, returnUrl);
        Assert.Equal((HttpStatusCode.Redirect, "/"), (right.StatusCode, right.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task ReturnUrl_WithNul_IsRefusedCleanly()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login?returnUrl=%00", ct)).StatusCode);
        Assert.Equal("/", (await client.GetAsync("/culture?c=ru-RU&redirect=%00", ct)).Headers.Location?.OriginalString);
        // The form reader itself turns a NUL away: a clean 400, never a 500.
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInClient.PostSignIn(client, "admin", DashboardFactory.AdminPassword, "\0")).StatusCode);
    }

    [Fact]
    public async Task Cookies_AreHttpOnlyStrictAndSecure_AndHstsIsSent_OverHttps()
    {
        await using var factory = new DashboardFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://analytics.example"), AllowAutoRedirect = false, HandleCookies = true,
        });
        var ct = TestContext.Current.CancellationToken;

        var page = await client.GetAsync("/account/login", ct);
        var signIn = await SignInClient.PostSignIn(client, "admin", DashboardFactory.AdminPassword);

        Assert.StartsWith("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single());
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        foreach (var name in new[] { "analytics.af=", "analytics.auth=" })
        {
            var cookie = cookies.FirstOrDefault(c => c.StartsWith(name, StringComparison.Ordinal))?.ToLowerInvariant();
            Assert.NotNull(cookie);
            Assert.Contains("; httponly", cookie);
            Assert.Contains("; samesite=strict", cookie);
            Assert.Contains("; secure", cookie);
        }
    }

    [Fact]
    public async Task Hsts_IsNotSent_OverPlainHttp()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);

        var page = await client.GetAsync("/account/login", TestContext.Current.CancellationToken);

        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }
}
