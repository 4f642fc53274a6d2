using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Support;

/// <summary>An HttpClient with cookies and no automatic redirects, that signs in through the real form.</summary>
public static partial class SignInClient
{
    public static HttpClient Anonymous(DashboardFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the sign-in form with its antiforgery token; returns the response (302 either way).</summary>
    public static async Task<HttpResponseMessage> PostSignIn(HttpClient client, string user, string password,
        string? returnUrl = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync("/account/login", ct);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = user,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? "/",
        };
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(form), ct);
    }

    /// <summary>
    /// Signed in as a script is (README, Dashboard.http): the session cookie plus the user's antiforgery token from
    /// <c>GET /api/antiforgery</c>, sent on every request as the header <c>RequestVerificationToken</c>.
    /// </summary>
    public static async Task<HttpClient> SignedIn(DashboardFactory factory, string user, string password, bool withToken = true)
    {
        var client = Anonymous(factory);
        var response = await PostSignIn(client, user, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("error=", response.Headers.Location!.OriginalString);
        if (withToken) client.DefaultRequestHeaders.Add("RequestVerificationToken", await Token(client));
        return client;
    }

    /// <summary>An antiforgery token for whoever the client is signed in as (its cookie is kept by the client).</summary>
    public static async Task<string> Token(HttpClient client)
    {
        using var json = System.Text.Json.JsonDocument.Parse(
            await client.GetStringAsync("/api/antiforgery", TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("token").GetString()!;
    }

    public static bool RedirectsToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
