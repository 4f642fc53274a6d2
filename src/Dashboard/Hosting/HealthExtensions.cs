using Analytics.Engine.Store;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Hosting;

/// <summary>The store answers a query: the host can serve pages.</summary>
public sealed class StoreHealthCheck(AnalyticsStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var (version, error) = new StoreProbe(store).Answer();
        return Task.FromResult(error is null
            ? HealthCheckResult.Healthy($"schema {version}")
            : HealthCheckResult.Unhealthy("store unavailable", error));
    }
}

public static class HealthExtensions
{
    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c> (and <c>/health</c>): the store answers too.</summary>
    public static IEndpointRouteBuilder MapDashboardHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        return app;
    }
}
