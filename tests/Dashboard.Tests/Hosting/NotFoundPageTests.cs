using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Hosting;

/// <summary>D20: an unknown address shows the app's own Russian 404 page with a way home; APIs keep a bare 404.</summary>
public class NotFoundPageTests
{
    private const string Password = "a-long-password-1";

    private static HttpRequestMessage Page(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }

    [Fact]
    public async Task UnknownPage_IsAnAppStyled404WithALinkHome()
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("someone", Password, new UserRole(Roles.Executive, null));
        using var client = await SignInClient.SignedIn(factory, "someone", Password);

        var response = await client.SendAsync(Page("/does-not-exist"), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Страница не найдена", html);
        Assert.Contains("data-test=\"not-found-home\"", html);
        Assert.Contains("href=\"/\"", html);
        Assert.Contains("mud-appbar", html); // inside the app's layout, not a bare browser page
    }

    [Fact]
    public async Task UnknownApiRoute_StaysABare404()
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("someone", Password, new UserRole(Roles.Executive, null));
        using var client = await SignInClient.SignedIn(factory, "someone", Password);

        var response = await client.GetAsync("/api/does-not-exist", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Страница не найдена", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
