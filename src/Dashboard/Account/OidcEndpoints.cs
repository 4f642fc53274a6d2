using System.Net;
using Dashboard.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Account;

/// <summary>The sign-in button's target (a challenge of the OIDC scheme) and the landing page after the provider.</summary>
public static class OidcEndpoints
{
    public static IEndpointRouteBuilder MapOidcEndpoints(this IEndpointRouteBuilder app)
    {
        var oidc = app.MapGroup("/account/oidc").ExcludeFromDescription().AllowAnonymous();
        // A link, not a form: CSP form-action 'self' would block a form post redirected to the provider.
        oidc.MapGet("/login", Challenge);
        oidc.MapGet("/complete", Complete);
        return app;
    }

    private static async Task<IResult> Challenge(HttpContext http, IOptions<OidcOptions> options, ILoggerFactory logs,
        string? returnUrl)
    {
        if (!options.Value.Enabled) return Results.NotFound();
        var target = AccountEndpoints.LocalOrRoot(returnUrl);
        try
        {
            // The provider's metadata is fetched here, on the first challenge, not at start.
            await http.ChallengeAsync(OidcOptions.Scheme,
                new AuthenticationProperties { RedirectUri = "/account/oidc/complete?returnUrl=" + Uri.EscapeDataString(target) });
            return Results.Empty;
        }
        catch (InvalidOperationException error) when (!http.Response.HasStarted)
        {
            // Provider unreachable or its discovery document broken: say so on the sign-in page, local sign-in still works.
            logs.CreateLogger(typeof(OidcEndpoints)).LogError(error, "OIDC provider unavailable");
            return Results.LocalRedirect("/account/login?error=oidc-unavailable&returnUrl=" + Uri.EscapeDataString(target));
        }
    }

    /// <summary>
    /// The provider's callback is a cross-site request, and a browser does not send our SameSite=Strict cookie on
    /// a redirect that began cross-site — the user would bounce to the sign-in page. This page moves on by a
    /// same-site navigation (meta refresh, no script under our CSP), on which the cookie is sent.
    /// </summary>
    private static IResult Complete(string? returnUrl)
    {
        var target = WebUtility.HtmlEncode(AccountEndpoints.LocalOrRoot(returnUrl));
        return Results.Content(
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url={target}\">" +
            $"<title>…</title></head><body><a href=\"{target}\">→</a></body></html>", "text/html; charset=utf-8");
    }
}
