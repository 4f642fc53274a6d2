using Analytics.Engine.Store;
using Analytics.Engine.Methodology;
using DuckDB.NET.Data;
using Dapper;

namespace Analytics.Engine.Compliance;

/// <summary>
/// Resolves the methodology's deadline norms to one rule per (channel, consumer type, contact left) — the first norm
/// that matches wins, "*" matches anything — and loads them into the connection's temp table <c>appeal_rule</c>,
/// so the due-date SQL is a plain equi-join. Channels with no matching norm get no rule (and no due date).
/// </summary>
public static class AppealRules
{
    private static readonly string[] ConsumerTypes = ["individual", "legal"];

    /// <summary>What a client can leave for the reply; "" = not recorded (only norms with contact "*" match it).</summary>
    private static readonly string[] Contacts = ["phone", "address", ""];

    /// <summary>The first matching norm for a channel, consumer type and contact left ("phone", "address" or null), or null.</summary>
    public static DeadlineNorm? Resolve(ComplianceNorms norms, string channel, string consumerType, string? contact = null) =>
        norms.Deadlines.FirstOrDefault(d =>
            (d.Channels.Contains("*") || d.Channels.Contains(channel))
            && (d.ConsumerType == "*" || d.ConsumerType == consumerType)
            && (d.Contact == "*" || d.Contact == contact));

    /// <summary>Creates the temp table <c>appeal_rule</c> and the view <c>appeal_due</c> on this connection.</summary>
    public static void Prepare(DuckDBConnection connection, ComplianceNorms norms, DateOnly asOf)
    {
        connection.Execute("""
            CREATE OR REPLACE TEMP TABLE appeal_rule (channel VARCHAR, consumer_type VARCHAR, contact VARCHAR, days INTEGER,
                working BOOLEAN, ext_days INTEGER, setting BOOLEAN)
            """);
        var channels = connection.Query<string>("SELECT code FROM channel UNION SELECT DISTINCT channel FROM appeal").ToList();
        using (var appender = connection.CreateAppender("appeal_rule"))
        {
            foreach (var channel in channels)
                foreach (var type in ConsumerTypes)
                    foreach (var contact in Contacts)
                    {
                        if (Resolve(norms, channel, type, contact == "" ? null : contact) is not { } rule) continue;
                        appender.CreateRow().AppendValue(channel).AppendValue(type).AppendValue(contact).AppendValue(rule.Days)
                            .AppendValue(rule.Unit == DayUnit.Working).AppendValue(rule.ExtensionDays).AppendValue(rule.CompanySetting).EndRow();
                    }
        }
        // The view text is constant; values are inlined as literals because a view cannot hold a parameter.
        var reg = norms.Registration;
        var sql = SqlResource.Load("Compliance.AppealDue.sql")
            .Replace("$asof", $"DATE '{asOf:yyyy-MM-dd}'", StringComparison.Ordinal)
            .Replace("$soon_wd", norms.DueSoonWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$reg_days", reg.Days.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$reg_working", reg.Unit == DayUnit.Working ? "true" : "false", StringComparison.Ordinal);
        connection.Execute(sql);
    }
}
