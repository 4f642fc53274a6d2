namespace Dashboard.Export;

/// <summary>Registers background exports: options (section <c>Exports</c>), the job table, requests and the job.</summary>
public static class ExportServices
{
    public static IServiceCollection AddBackgroundExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExportOptions>().Bind(configuration.GetSection(ExportOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ExportJobs>();
        services.AddSingleton<ExportRequests>();
        services.AddTransient<ExportJob>();
        return services;
    }
}
