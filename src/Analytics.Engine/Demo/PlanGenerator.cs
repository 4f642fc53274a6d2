using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>
/// Writes plans per year for the company and each branch: the three Standard indicators (shares, higher is better,
/// rising a point a year), the service-quality indicator Птсо (1.0102 in the first year, ×0.985 a year, rounded to
/// four decimals, lower is better, 30 % tolerance) and service-norm targets.
/// </summary>
public sealed class PlanGenerator : IDemoTableGenerator
{
    public const double ServiceQualityBase = 1.0102;
    public const double ServiceQualityFactor = 0.985;

    public string Name => "plans";

    public IReadOnlyList<string> Tables { get; } = ["plan"];

    public IReadOnlyDictionary<string, long> Generate(DemoContext context, DuckDBConnection connection, CancellationToken ct)
    {
        var scopes = new List<string> { context.Organisation.Company.Code };
        scopes.AddRange(context.Organisation.Branches.Select(b => b.Code));
        long rows = 0;
        using var appender = connection.CreateAppender("plan");
        foreach (var year in context.Years)
        {
            var step = context.YearIndex(year);
            var serviceQuality = ServiceQualityBase;
            for (var i = 0; i < step; i++) serviceQuality = Math.Round(serviceQuality * ServiceQualityFactor, 4);
            foreach (var scope in scopes)
            {
                void Add(string target, double value, double? tolerance)
                {
                    appender.CreateRow()
                        .AppendValue(scope).AppendValue(year).AppendValue(target).AppendValue(value).AppendValue(tolerance)
                        .AppendValue("demo").AppendNullValue()
                        .EndRow();
                    rows++;
                }
                Add("informativeness", Math.Round(0.90 + 0.01 * step, 4), 0.05);
                Add("execution", Math.Round(0.92 + 0.01 * step, 4), 0.05);
                Add("feedback", Math.Round(0.85 + 0.01 * step, 4), 0.05);
                Add("service_quality", serviceQuality, 0.3);
                Add("appeals_on_time_share", 0.95, null);
                Add("queue_wait_within_norm_share", 0.90, null);
                Add("calls_answered_in_norm_share", 0.80, null);
                Add("calls_abandoned_share", 0.05, null);
                Add("control_call_satisfied_share", 0.80, null);
            }
        }
        return new Dictionary<string, long> { ["plan"] = rows };
    }
}
