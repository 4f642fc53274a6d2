using Dashboard.Localization;
using Dashboard.Users;
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
            var error = outcome.Failure == SignInFailure.LockedOut ? "locked" : "invalid";
            return Results.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(target)}");
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
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
        return Results.LocalRedirect(LocalOrRoot(redirect));
    }

    /// <summary>Only paths inside this site; anything else (an open redirect) becomes the home page.</summary>
    internal static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
