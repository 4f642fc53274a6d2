using Microsoft.AspNetCore.Antiforgery;

namespace Dashboard.Hosting;

/// <summary>
/// Cross-site request forgery, twice over: a state-changing request whose <c>Origin</c> (or, without one,
/// <c>Referer</c>) names another site — another scheme, host or port — is refused before it reaches an endpoint;
/// and the JSON/raw-body APIs that no form binding protects demand the antiforgery token in a header. The SameSite
/// cookie alone is not enough: a page on another port of the same host is "same-site" to the browser.
/// </summary>
public static class RequestForgery
{
    /// <summary>Origins besides the request's own that may post (a reverse proxy terminating HTTPS, say).</summary>
    public const string TrustedOriginsSetting = "Security:TrustedOrigins";

    /// <summary>The header a script sends the token in (the antiforgery default, also used by the runner).</summary>
    public const string HeaderName = "RequestVerificationToken";

    /// <summary>Refuses POST, PUT, PATCH and DELETE from another site with 403. Requests naming no origin (scripts) pass.</summary>
    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app)
    {
        var trusted = app.ApplicationServices.GetRequiredService<IConfiguration>().GetSection(TrustedOriginsSetting).Get<string[]>() ?? [];
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
                && Claimed(request) is { } claimed && !IsOwn(request, claimed, trusted))
            {
                await Results.Problem("Запрос с другого сайта отклонён.", statusCode: StatusCodes.Status403Forbidden,
                    title: "Cross-site request refused").ExecuteAsync(context);
                return;
            }
            await next();
        });
    }

    /// <summary>
    /// Demands a valid antiforgery token (header <see cref="HeaderName"/>) on an endpoint that reads a raw or JSON
    /// body, where no form binding would check it; 400 without one. Scripts get a token from <c>GET /api/antiforgery</c>.
    /// </summary>
    public static RouteHandlerBuilder RequireAntiforgeryToken(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
                return Results.Problem($"Нет действительного токена защиты (заголовок {HeaderName}; его выдаёт GET /api/antiforgery).",
                    statusCode: StatusCodes.Status400BadRequest);
            return await next(context);
        });

    /// <summary>The origin the browser says the request comes from: <c>Origin</c>, else the <c>Referer</c>'s origin.</summary>
    private static string? Claimed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0) return origin;
        var referer = request.Headers.Referer.ToString();
        if (referer.Length == 0) return null;
        return Uri.TryCreate(referer, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "null";
    }

    private static bool IsOwn(HttpRequest request, string claimed, string[] trusted)
    {
        // "null" (a sandboxed frame, a redirect from elsewhere) and anything unparsable are foreign.
        if (!Uri.TryCreate(claimed, UriKind.Absolute, out var uri)) return false;
        if (trusted.Any(t => Uri.TryCreate(t, UriKind.Absolute, out var ok) && SameOrigin(uri, ok))) return true;
        return Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var own) && SameOrigin(uri, own);
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
