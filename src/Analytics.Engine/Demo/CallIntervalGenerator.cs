using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>
/// Writes the call centres' ACD interval statistics into <c>call_interval</c>: one centre per branch, 30-minute
/// intervals from 8:00 to 20:00 on working days, one row per routed unit with calls (empty intervals are not
/// exported, as real ACD reports do). The share answered within the 40-second norm follows each branch's designed
/// service level and drops at the morning peak; IVR closes a growing share of calls year by year.
/// </summary>
public sealed class CallIntervalGenerator : IDemoTableGenerator
{
    /// <summary>Calls per unit of branch weight per working day at scale 1.</summary>
    public const double CallsPerWeightDay = 120;

    public const int NormSeconds = 40;

    internal static readonly string[] Units = ["billing", "outages", "tech_connection", "general"];
    private static readonly double[] UnitShares = [0.40, 0.22, 0.08, 0.30];
    private static readonly double[] BillingSeason = [1.5, 1.45, 1.3, 1.05, 0.85, 0.75, 0.7, 0.75, 0.85, 1.0, 1.15, 1.35];
    private static readonly double[] OutageSeason = [0.8, 0.8, 0.8, 0.9, 1.1, 1.5, 1.7, 1.6, 1.1, 0.9, 0.9, 0.9];
    private static readonly double[] IntervalProfile =
        [0.5, 0.8, 1.3, 1.6, 1.7, 1.6, 1.4, 1.2, 1.0, 1.0, 1.1, 1.2, 1.2, 1.1, 1.0, 0.9, 0.9, 0.8, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3];

    public string Name => "calls";

    public IReadOnlyList<string> Tables { get; } = ["call_interval"];

    public IReadOnlyDictionary<string, long> Generate(DemoContext context, DuckDBConnection connection, CancellationToken ct)
    {
        var rng = context.Random("calls");
        var profileTotal = IntervalProfile.Sum();
        long rows = 0;
        using var appender = connection.CreateAppender("call_interval");
        foreach (var day in context.Days())
        {
            ct.ThrowIfCancellationRequested();
            if (!context.WorkingDays.IsWorkingDay(day)) continue;
            var yearIndex = context.YearIndex(day.Year);
            var ivrShare = 0.18 + 0.05 * yearIndex;
            foreach (var branch in context.Organisation.Branches)
            {
                var daily = CallsPerWeightDay * context.Scale * branch.Weight * (day.DayOfWeek == DayOfWeek.Monday ? 1.25 : 1.0);
                var level = DemoBranch.ForYear(branch.CallServiceLevel, yearIndex);
                for (var slot = 0; slot < IntervalProfile.Length; slot++)
                {
                    var start = day.ToDateTime(new TimeOnly(8, 0)).AddMinutes(30 * slot);
                    var peak = IntervalProfile[slot] > 1.3 ? 0.9 : 1.0;
                    for (var u = 0; u < Units.Length; u++)
                    {
                        var season = u == 0 ? BillingSeason[day.Month - 1] : u == 1 ? OutageSeason[day.Month - 1] : 1.0;
                        var offered = rng.Poisson(daily * UnitShares[u] * season * IntervalProfile[slot] / profileTotal);
                        if (offered == 0) continue;
                        var p = Math.Clamp(level * peak * (season > 1.3 ? 0.93 : 1.0), 0.3, 0.99);
                        var abandoned = rng.Binomial(offered, 0.015 + (1 - p) * 0.25);
                        var answered = offered - abandoned;
                        var ivr = rng.Binomial(answered, u == 3 ? ivrShare + 0.1 : ivrShare);
                        var operatorCalls = answered - ivr;
                        var inNorm = ivr + rng.Binomial(operatorCalls, p);
                        var meanWait = 8 + (1 - p) * 160;
                        var wait = Math.Round(operatorCalls * meanWait * (0.8 + 0.4 * rng.NextDouble()) + abandoned * meanWait * 1.5, 1);
                        var handle = Math.Round(operatorCalls * rng.LogNormal(u == 2 ? 290 : 210, 0.15) + ivr * 45.0, 1);
                        // An interval not yet over at the demo's "now" has no statistics yet.
                        if (start.AddMinutes(30) > context.Horizon) continue;
                        appender.CreateRow()
                            .AppendValue(branch.CallCenterCode).AppendValue(start).AppendValue((int?)30).AppendValue(Units[u])
                            .AppendValue(offered).AppendValue(answered).AppendValue(abandoned).AppendValue(inNorm)
                            .AppendValue((int?)NormSeconds).AppendValue(wait).AppendValue(handle).AppendValue(ivr).AppendValue(operatorCalls)
                            .AppendNullValue().AppendNullValue() // import_id, wait_distribution
                            .EndRow();
                        rows++;
                    }
                }
            }
        }
        return new Dictionary<string, long> { ["call_interval"] = rows };
    }
}
