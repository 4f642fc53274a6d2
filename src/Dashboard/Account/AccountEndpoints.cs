using Dashboard.Localization;
using Dashboard.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Account;

/// <summary>Sign-in, sign-out and the language choice: plain form posts and links, usable before any circuit.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        // [FromForm] makes the antiforgery token mandatory for these posts.
        account.MapPost("/login", SignIn).AllowAnonymous();
        account.MapPost("/logout", SignOut);
        app.MapOidcEndpoints();
        // Scripts' way to a token for state-changing API calls (header RequestVerificationToken); a token is tied to
        // the signed-in user, so a script fetches it again after signing in.
        app.MapGet("/api/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(new { headerName = tokens.HeaderName, token = tokens.RequestToken });
            })
            .AllowAnonymous().WithTags("Account").WithSummary("An antiforgery token for the header RequestVerificationToken.");
        app.MapGet("/culture", SetCulture).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignIn(HttpContext http, SignInService signIn,
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var outcome = signIn.Verify(userName, password, http.Connection.RemoteIpAddress?.ToString());
        var target = LocalOrRoot(returnUrl);
        if (!outcome.Succeeded)
        {
            // One answer for an unknown, a disabled and a locked account alike: the page must not tell which names exist.
            return Results.LocalRedirect($"/account/login?error=invalid&returnUrl={Uri.EscapeDataString(target)}");
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal!,
            new AuthenticationProperties { IsPersistent = false });
        return Results.LocalRedirect(target);
    }

    private static async Task<IResult> SignOut(HttpContext http, [FromForm] string? returnUrl)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/account/login");
    }

    private static IResult SetCulture(HttpContext http, string? c, string? redirect)
    {
        var value = LocalizationExtensions.CookieValueFor(c);
        if (value is null) return Results.BadRequest($"Unsupported culture '{c}'.");
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, value, new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
        return Results.LocalRedirect(LocalOrRoot(redirect));
    }

    /// <summary>
    /// Only paths inside this site; anything else (an open redirect) becomes the home page. Control characters and
    /// white space are refused outright: a browser drops a tab or line break, so <c>/&#9;/evil</c> would become
    /// <c>//evil</c>, and <c>LocalRedirect</c> would throw (HTTP 500) on them.
    /// </summary>
    internal static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2048 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            ? url
            : "/";
}
