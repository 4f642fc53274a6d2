using Analytics.Engine.Store;
using Analytics.Engine.Methodology;
using DuckDB.NET.Data;
using Dapper;

namespace Analytics.Engine.Compliance;

/// <summary>
/// Resolves the methodology's deadline norms to one rule per (channel, consumer type) — the first norm that
/// matches wins, "*" matches anything — and loads them into the connection's temp table <c>appeal_rule</c>,
/// so the due-date SQL is a plain equi-join. Channels with no matching norm get no rule (and no due date).
/// </summary>
public static class AppealRules
{
    private static readonly string[] ConsumerTypes = ["individual", "legal"];

    /// <summary>The first matching norm for a channel and consumer type, or null.</summary>
    public static DeadlineNorm? Resolve(ComplianceNorms norms, string channel, string consumerType) =>
        norms.Deadlines.FirstOrDefault(d =>
            (d.Channels.Contains("*") || d.Channels.Contains(channel))
            && (d.ConsumerType == "*" || d.ConsumerType == consumerType));

    /// <summary>Creates the temp table <c>appeal_rule</c> and the view <c>appeal_due</c> on this connection.</summary>
    public static void Prepare(DuckDBConnection connection, ComplianceNorms norms, DateOnly asOf)
    {
        connection.Execute("CREATE OR REPLACE TEMP TABLE appeal_rule (channel VARCHAR, consumer_type VARCHAR, days INTEGER, working BOOLEAN, ext_days INTEGER)");
        var channels = connection.Query<string>("SELECT code FROM channel UNION SELECT DISTINCT channel FROM appeal").ToList();
        using (var appender = connection.CreateAppender("appeal_rule"))
        {
            foreach (var channel in channels)
                foreach (var type in ConsumerTypes)
                {
                    if (Resolve(norms, channel, type) is not { } rule) continue;
                    appender.CreateRow().AppendValue(channel).AppendValue(type).AppendValue(rule.Days)
                        .AppendValue(rule.Unit == DayUnit.Working).AppendValue(rule.ExtensionDays).EndRow();
                }
        }
        // The view text is constant; $asof is inlined as a date literal because a view cannot hold a parameter.
        var sql = SqlResource.Load("Compliance.AppealDue.sql").Replace("$asof", $"'{asOf:yyyy-MM-dd}'", StringComparison.Ordinal);
        connection.Execute(sql);
    }
}
