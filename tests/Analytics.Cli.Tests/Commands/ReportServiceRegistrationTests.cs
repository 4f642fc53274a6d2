using Analytics.Engine;
using Analytics.Engine.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.Cli.Tests.Commands;

public class ReportServiceRegistrationTests
{
    [Fact]
    public void AddAnalyticsEngine_ResolvesReportService_WithBoundOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Path"] = Path.Combine(TestFolders.New(), "s.duckdb"),
            ["Reports:SignatoryName"] = "А. Б. Петрова",
            ["Reports:Dynamics"] = "Ratio",
        }).Build();
        using var provider = new ServiceCollection().AddAnalyticsEngine(configuration).BuildServiceProvider(validateScopes: true);

        Assert.NotNull(provider.GetRequiredService<ReportService>());
        var options = provider.GetRequiredService<IOptions<ReportOptions>>().Value;
        Assert.Equal("А. Б. Петрова", options.SignatoryName);
        Assert.Equal(DynamicsConvention.Ratio, options.Dynamics);
    }
}
