using Analytics.Engine.Classification;
using Analytics.Engine.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Engine;

/// <summary>Registers the engine's services: the store, its migrations and the feature services.</summary>
public static class EngineExtensions
{
    public static IServiceCollection AddAnalyticsEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AnalyticsStore>();
        services.AddSingleton<StoreMigrator>();
        services.AddOptions<ClassificationOptions>().Bind(configuration.GetSection(ClassificationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ClassificationService>();
        return services;
    }
}
