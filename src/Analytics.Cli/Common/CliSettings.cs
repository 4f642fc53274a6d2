using Microsoft.Extensions.Configuration;

namespace Analytics.Cli.Common;

/// <summary>
/// The CLI's settings: <c>appsettings.json</c> in the working directory, then <c>ANALYTICS_</c> environment variables
/// (<c>ANALYTICS_Imports__MaxLineChars=4096</c>) — the same sections and names as the web host's, so a limit set for
/// the upload holds for <c>analytics import</c> too.
/// </summary>
public static class CliSettings
{
    public static IConfiguration Load() => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables("ANALYTICS_")
        .Build();
}
