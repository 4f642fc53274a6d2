using System.Globalization;
using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>
/// Writes electronic-queue tickets into <c>queue_visit</c>: per office and working day, about 150 000 tickets per unit
/// of scale. Waits are mostly under the 20-minute norm; congested offices and the morning peak go over it.
/// Reception takes 10–15 minutes, longer for connection and contract questions.
/// </summary>
public sealed class QueueGenerator : IDemoTableGenerator
{
    /// <summary>Tickets per unit of office weight per working day at scale 1.</summary>
    public const double TicketsPerWeightDay = 2.6;

    internal static readonly string[] Services = ["billing", "metering", "contracts", "tech_connection", "consultation"];
    private static readonly string[] Letters = ["А", "Б", "В", "Г", "Д"];
    private static readonly double[] ServiceWeights = [0.40, 0.25, 0.12, 0.08, 0.15];
    private static readonly double[] ReceptionMedian = [9, 8, 14, 16, 10];
    private static readonly double[] HourWeights = [0.7, 1.4, 1.5, 1.2, 0.9, 1.0, 1.1, 0.9, 0.6]; // 8:00–16:59
    private static readonly double[] MonthFactor = [1.2, 1.2, 1.15, 1.0, 0.9, 0.85, 0.8, 0.85, 0.95, 1.0, 1.05, 1.15];

    public string Name => "queue";

    public IReadOnlyList<string> Tables { get; } = ["queue_visit"];

    public IReadOnlyDictionary<string, long> Generate(DemoContext context, DuckDBConnection connection, CancellationToken ct)
    {
        var rng = context.Random("queue");
        var issued = new List<(DateTime At, int Service)>();
        var serials = new int[Services.Length];
        long rows = 0;
        using var appender = connection.CreateAppender("queue_visit");
        foreach (var day in context.Days())
        {
            ct.ThrowIfCancellationRequested();
            if (day.DayOfYear == 1 && day > context.From) context.ReportYear(Name, day.Year - 1, rows);
            if (!context.WorkingDays.IsWorkingDay(day)) continue;
            var weekday = day.DayOfWeek switch { DayOfWeek.Monday => 1.3, DayOfWeek.Friday => 0.85, _ => 1.0 };
            foreach (var office in context.Organisation.Offices)
            {
                var n = rng.Poisson(TicketsPerWeightDay * context.Scale * office.Weight * weekday * MonthFactor[day.Month - 1]);
                if (n == 0) continue;
                issued.Clear();
                for (var i = 0; i < n; i++)
                {
                    var at = day.ToDateTime(new TimeOnly(8 + rng.Weighted(HourWeights), rng.Next(60), rng.Next(60)));
                    issued.Add((at, rng.Weighted(ServiceWeights)));
                }
                issued.Sort((x, y) => x.At.CompareTo(y.At));
                Array.Clear(serials);
                foreach (var (at, service) in issued)
                {
                    var ticket = string.Create(CultureInfo.InvariantCulture, $"{Letters[service]}{++serials[service]:D3}");
                    var wait = TimeSpan.FromMinutes(rng.LogNormal(WaitMedian(office, at), 0.75));
                    var reception = TimeSpan.FromMinutes(Math.Clamp(rng.LogNormal(ReceptionMedian[service], 0.45), 1.5, 90));
                    var window = 1 + rng.Next(office.Windows);
                    var left = rng.Chance(0.025);
                    DateTime? called = left ? null : at + wait;
                    DateTime? finished = left || rng.Chance(0.01) ? null : called + reception;
                    // Nothing after the demo's "now": a ticket not yet issued does not exist; one still waiting or
                    // being served has no call or finish time yet.
                    if (at > context.Horizon) continue;
                    if (called > context.Horizon) (called, finished) = (null, null);
                    if (finished > context.Horizon) finished = null;
                    appender.CreateRow()
                        .AppendValue(office.Code).AppendValue(ticket).AppendValue(at).AppendValue(Services[service])
                        .AppendValue(TrimSeconds(called)).AppendValue(TrimSeconds(finished))
                        .AppendValue(left ? null : window.ToString(CultureInfo.InvariantCulture))
                        .AppendValue(left ? null : office.Staff[(window - 1) % office.Staff.Count])
                        .AppendNullValue()
                        .EndRow();
                    rows++;
                }
            }
        }
        return new Dictionary<string, long> { ["queue_visit"] = rows };
    }

    /// <summary>Median wait in minutes: five in a quiet hour, more at the morning peak, on Mondays and in congested offices.</summary>
    private static double WaitMedian(DemoOffice office, DateTime at)
    {
        var median = 5.0;
        if (at.Hour is >= 9 and < 12) median *= 1.7;
        else if (at.Hour is >= 13 and < 15) median *= 1.25;
        if (at.DayOfWeek == DayOfWeek.Monday) median *= 1.3;
        if (office.Congested) median *= 2.6;
        return median;
    }

    private static DateTime? TrimSeconds(DateTime? value) =>
        value is { } v ? new DateTime(v.Ticks - v.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Unspecified) : null;
}
