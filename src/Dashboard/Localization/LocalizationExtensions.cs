using System.Globalization;
using Dashboard.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Dashboard.Localization;

/// <summary>Russian by default, English on request; the choice lives in the standard culture cookie.</summary>
public static class LocalizationExtensions
{
    public const string Russian = "ru-RU";

    /// <summary>en-GB rather than en-US: day-first dates read the same way as the Russian ones.</summary>
    public const string English = "en-GB";

    public static IReadOnlyList<string> Supported { get; } = [Russian, English];

    public static IServiceCollection AddDashboardLocalization(this IServiceCollection services)
    {
        services.AddOptions<RequestLocalizationOptions>()
            .Configure<IOptions<LocalizationSettings>>((options, settings) =>
            {
                var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
                options.DefaultRequestCulture = new RequestCulture(settings.Value.DefaultCulture);
                options.SupportedCultures = cultures;
                options.SupportedUICultures = cultures;
                // Only the cookie: the browser's Accept-Language must not override the Russian default.
                options.RequestCultureProviders = [new CookieRequestCultureProvider()];
            });
        return services;
    }

    public static IApplicationBuilder UseDashboardLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization();

    /// <summary>The value of the culture cookie for a supported culture, or null for anything else.</summary>
    public static string? CookieValueFor(string? culture) =>
        culture is not null && Supported.Contains(culture)
            ? CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture))
            : null;
}
