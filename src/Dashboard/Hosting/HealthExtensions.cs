using Analytics.Engine.Store;
using Dapper;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Hosting;

/// <summary>The store answers a query: the host can serve pages.</summary>
public sealed class StoreHealthCheck(AnalyticsStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            using var connection = store.Open();
            var version = connection.ExecuteScalar<int?>("SELECT max(version) FROM schema_version");
            return Task.FromResult(HealthCheckResult.Healthy($"schema {version}"));
        }
        catch (Exception ex) when (ex is Analytics.Engine.Store.StoreLockedException or DuckDB.NET.Data.DuckDBException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("store unavailable", ex));
        }
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
