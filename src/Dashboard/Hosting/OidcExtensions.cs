using Dashboard.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Dashboard.Hosting;

/// <summary>
/// The optional OpenID Connect scheme beside the cookie: authorization code flow with PKCE, tokens not kept,
/// provider groups mapped to roles when the ID token is validated. Registered only when enabled.
/// </summary>
public static class OidcExtensions
{
    public static IServiceCollection AddDashboardOidc(this IServiceCollection services, IConfiguration configuration)
    {
        // Enabled is read here to decide whether the scheme exists at all; the rest is bound and validated at start.
        if (!configuration.GetValue<bool>($"{OidcOptions.SectionName}:{nameof(OidcOptions.Enabled)}")) return services;

        services.AddAuthentication().AddOpenIdConnect(OidcOptions.Scheme, _ => { });
        services.AddOptions<OpenIdConnectOptions>(OidcOptions.Scheme)
            .Configure<IOptions<OidcOptions>>((oidc, settings) => Configure(oidc, settings.Value));
        return services;
    }

    private static void Configure(OpenIdConnectOptions oidc, OidcOptions settings)
    {
        oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        oidc.Authority = settings.Authority;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        oidc.SaveTokens = false;
        // The groups claim is in the ID token with the usual providers; the userinfo call would only add latency.
        oidc.GetClaimsFromUserInfoEndpoint = false;
        // Raw claim names: no "roles" → ClaimTypes.Role translation that would let the provider grant roles itself.
        oidc.MapInboundClaims = false;
        oidc.CallbackPath = "/signin-oidc";
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        oidc.Events = new OpenIdConnectEvents
        {
            OnTokenValidated = context => OnTokenValidated(context, settings),
            OnRemoteFailure = OnRemoteFailure,
        };
    }

    private static Task OnTokenValidated(TokenValidatedContext context, OidcOptions settings)
    {
        var mapping = OidcClaimsMapper.Map(context.Principal!, settings);
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserStore>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcExtensions));
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var ip = context.HttpContext.Connection.RemoteIpAddress?.ToString();
        var subject = context.Principal!.FindFirst("sub")?.Value ?? "(no sub)";
        var name = OidcClaimsMapper.UserNamePrefix + subject;
        if (!mapping.Succeeded)
        {
            users.Journal(name, false, $"Oidc{mapping.Denial}", ip, now);
            logger.LogWarning("OIDC sign-in denied for {Subject} from {RemoteIp}: {Reason}; groups: {Groups}",
                subject, ip, mapping.Denial, string.Join(", ", mapping.Groups));
            // Handled here, so the user lands on the sign-in page with a message instead of an error page.
            context.Response.Redirect($"/account/login?error=oidc-{(mapping.Denial == OidcDenial.NoBranch ? "branch" : "denied")}");
            context.HandleResponse();
            return Task.CompletedTask;
        }
        users.Journal(name, true, "Oidc", ip, now);
        logger.LogInformation("User {UserName} signed in through OIDC from {RemoteIp}", name, ip);
        context.Principal = mapping.Principal;
        return Task.CompletedTask;
    }

    private static Task OnRemoteFailure(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcExtensions))
            .LogWarning(context.Failure, "OIDC sign-in failed");
        context.Response.Redirect("/account/login?error=oidc-failed");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
