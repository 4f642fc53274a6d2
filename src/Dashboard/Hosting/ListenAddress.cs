namespace Dashboard.Hosting;

/// <summary>
/// Where the host listens (D9). appsettings.json carries the default, <c>Urls = http://localhost:5080</c>; ASP.NET Core
/// reads <c>ASPNETCORE_URLS</c> as a host setting before the app settings, so that default silently won over the
/// variable people actually set. Here the variable wins over the file, while an explicit <c>Urls</c> (environment) or
/// <c>--urls</c> (command line) still wins over both, as README documents.
/// </summary>
internal static class ListenAddress
{
    public static WebApplicationBuilder HonourAspNetCoreUrls(this WebApplicationBuilder builder)
    {
        var variable = Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        var explicitUrls = Environment.GetEnvironmentVariable("Urls") ?? Environment.GetEnvironmentVariable("URLS");
        var commandLine = Environment.GetCommandLineArgs().Any(a => a.StartsWith("--urls", StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(variable) && explicitUrls is null && !commandLine)
            builder.WebHost.UseUrls(variable);
        return builder;
    }
}
