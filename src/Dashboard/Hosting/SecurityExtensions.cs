using Dashboard.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace Dashboard.Hosting;

/// <summary>Cookie sign-in, roles and policies, and the HTTP security headers.</summary>
public static class SecurityExtensions
{
    public const string CookieName = "analytics.auth";

    public static IServiceCollection AddDashboardSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                // Strict keeps the cookie off cross-site requests, which also protects the JSON API from CSRF.
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/account/login";
                options.AccessDeniedPath = "/account/denied";
                options.SlidingExpiration = true;
                options.EventsType = typeof(StampValidatingCookieEvents);
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<SignInPolicyOptions>>((cookie, policy) =>
                cookie.ExpireTimeSpan = TimeSpan.FromHours(policy.Value.SessionHours));
        services.AddScoped<StampValidatingCookieEvents>();

        services.AddAuthorizationBuilder()
            // Everything is closed unless an endpoint or page says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Import, p => p.RequireRole(Roles.Admin, Roles.Designer))
            .AddPolicy(Policies.Reports, p => p.RequireRole(Roles.Admin, Roles.Executive, Roles.BranchManager));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, StampRevalidatingStateProvider>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "analytics.af";
            // Like the sign-in cookie: never sent in clear once the site is served over HTTPS.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>
    /// CSP fits Blazor Server with MudBlazor: scripts only from this origin; inline styles because MudBlazor
    /// sets style attributes; the circuit's WebSocket is same-origin ('self').
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
            "frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        await next();
    });
}

/// <summary>Keys that protect cookies live beside the store, so sign-ins survive a restart of the host.</summary>
public static class DataProtectionExtensions
{
    /// <summary>The key ring's application name; the CLI opens the same ring to read webhook secrets.</summary>
    public const string DataProtectionApplicationName = "Analytics.Dashboard";

    public static IServiceCollection AddDashboardDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var storePath = configuration[$"{Analytics.Engine.Store.StoreOptions.SectionName}:Path"];
        if (string.IsNullOrWhiteSpace(storePath)) return services; // Store:Path validation reports it at start.
        // One definition with the backup, which copies this folder into every snapshot.
        var directory = Analytics.Engine.Store.Backup.StoreFolders.Keys(storePath);
        services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(directory))
            .SetApplicationName(DataProtectionApplicationName);
        return services;
    }
}
