using Analytics.Engine.Compliance;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Indicators;

/// <summary>What a refresh did: which months it recomputed and how long it took.</summary>
public sealed record RefreshReport(string MethodologyId, int MethodologyVersion, IReadOnlyList<DateOnly> Months, long CountRows, long ResultRows, TimeSpan Elapsed,
    TimeSpan FingerprintTime = default, TimeSpan CountTime = default, TimeSpan ResultTime = default);

/// <summary>
/// The indicator engine's entry point for dashboards, the PDF Declaration, the CLI and notebooks.
/// <see cref="Refresh"/> keeps <c>indicator_count</c> and <c>indicator_result</c> current, recomputing only months
/// whose inputs changed; <see cref="Compute"/> answers a query from the counts.
/// </summary>
/// <remarks><paramref name="requireReview"/>: only approved checklist audits count (setting <c>Audits:RequireReview</c>, ADR 0022).</remarks>
public sealed class IndicatorService(AnalyticsStore store, bool requireReview = true)
{
    private readonly MethodologyRepository _methodologies = new(store);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IndicatorQuery, (string Stamp, IndicatorResultSet Result)> _results = new();

    /// <summary>
    /// Recomputes counts and results for <paramref name="changedMonths"/> (first days of months), or — when null —
    /// for the months whose input fingerprint changed since the last refresh of this methodology version.
    /// </summary>
    public RefreshReport Refresh(IReadOnlyCollection<DateOnly>? changedMonths = null, string? methodologyId = null, int? version = null, DateOnly? asOf = null)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var m = _methodologies.Get(methodologyId, version);
        CalendarDayTable.EnsureFilled(store);
        using var connection = store.Open();
        // Given months (an import knows what it touched) skip the fingerprint scan and drop those months' stored
        // prints, so the next automatic refresh re-checks them; otherwise the prints decide which months changed.
        var prints = changedMonths is null ? InputFingerprints(connection) : null;
        var fingerprintTime = started.Elapsed;
        var months = changedMonths?.Select(d => new DateOnly(d.Year, d.Month, 1)).Distinct().Order().ToList()
                     ?? ChangedMonths(connection, m, prints!);
        var countRows = 0L;
        using (var tx = connection.BeginTransaction())
        {
            foreach (var (from, to) in Ranges(months))
                countRows += RecomputeCounts(connection, m, from, to, asOf ?? Time.DisplayTime.Default.Today, requireReview);
            if (prints is not null) SaveFingerprints(connection, m, prints);
            else ForgetFingerprints(connection, m, months);
            tx.Commit();
        }
        var countTime = started.Elapsed - fingerprintTime;
        var resultRows = months.Count == 0 ? 0 : IndicatorResultWriter.Write(connection, m, months);
        return new RefreshReport(m.Id, m.Version, months, countRows, resultRows, started.Elapsed,
            fingerprintTime, countTime, started.Elapsed - fingerprintTime - countTime);
    }

    /// <summary>
    /// Computes the query from the stored counts, refreshing first when this methodology was never computed. Results
    /// are kept per query until their inputs change: a stamp of the refresh state, the plans, the criterion facts and
    /// the organisation (all small tables) is read each time, and any refresh, plan import or org change misses.
    /// </summary>
    public IndicatorResultSet Compute(IndicatorQuery query)
    {
        var m = _methodologies.Get(query.MethodologyId, query.MethodologyVersion);
        using var connection = store.Open();
        var (computed, stamp) = connection.QuerySingle<(long, string)>(StampSql, new { id = m.Id, v = m.Version });
        if (computed == 0)
        {
            connection.Dispose();
            Refresh(null, m.Id, m.Version);
            return Compute(query);
        }
        var key = query with { MethodologyId = m.Id, MethodologyVersion = m.Version };
        if (_results.TryGetValue(key, out var hit) && hit.Stamp == stamp) return hit.Result;
        var rows = IndicatorRollup.Compute(m, OrgTree.Load(connection), ReadCounts(connection, m, null), ReadPlans(connection),
            query.Level, query.Granularity, query.From, query.To);
        var result = new IndicatorResultSet(m.Id, m.Version, m.Mode, query.Level, query.Granularity, query.From, query.To, rows);
        if (_results.Count > 256) _results.Clear();   // dashboards ask a few dozen distinct queries; this only bounds odd use
        _results[key] = (stamp, result);
        return result;
    }

    private const string StampSql = """
        SELECT (SELECT count(*) FROM indicator_input_state WHERE methodology_id = $id AND methodology_version = $v),
               concat_ws('|',
                   (SELECT count(*) || ':' || coalesce(CAST(max(refreshed_at) AS VARCHAR), '') FROM indicator_input_state
                    WHERE methodology_id = $id AND methodology_version = $v),
                   (SELECT count(*) || ':' || coalesce(bit_xor(hash(scope_code, year, target, value, tolerance)), 0) FROM plan),
                   (SELECT count(*) || ':' || coalesce(bit_xor(hash(scope_code, year, criterion_id, value)), 0) FROM criterion_fact),
                   (SELECT count(*) || ':' || coalesce(bit_xor(hash(code, level, parent_code, name)), 0) FROM org_unit))
        """;

    internal static long RecomputeCounts(DuckDBConnection connection, MethodologyDocument m, DateOnly from, DateOnly to, DateOnly asOf, bool requireReview = true)
    {
        AppealRules.Prepare(connection, m.Norms, asOf);
        var p = new { id = m.Id, v = m.Version, from = from.ToDateTime(TimeOnly.MinValue), to = to.ToDateTime(TimeOnly.MinValue) };
        connection.Execute("""
            DELETE FROM indicator_count WHERE methodology_id = $id AND methodology_version = $v AND month >= $from AND month < $to
            """, p);
        // Norms and the range are inlined as literals: DuckDB plans a prepared statement without their values,
        // so constants let it fold and prune.
        var n = m.Norms;
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var sql = SqlResource.Load("Indicators.IndicatorCounts.sql")
            .Replace("$calls_at_norm", Compliance.CallsAtNorm.Sql(from, to, n.CallAnswerSeconds), StringComparison.Ordinal)
            .Replace("$queue_at_norm", Compliance.QueueAtNorm.Sql(from, to, n), StringComparison.Ordinal)
            .Replace("$from", $"TIMESTAMP '{from:yyyy-MM-dd}'", StringComparison.Ordinal)
            .Replace("$wait_s", (n.QueueWaitMinutes * 60).ToString(c), StringComparison.Ordinal)
            .Replace("$reception_s", (n.ReceptionMinutes * 60).ToString(c), StringComparison.Ordinal)
            .Replace("$total_s", (n.TotalMinutes * 60).ToString(c), StringComparison.Ordinal)
            .Replace("$answer_s", n.CallAnswerSeconds.ToString(c), StringComparison.Ordinal)
            .Replace("$repeat_wd", n.RepeatWindowWorkingDays.ToString(c), StringComparison.Ordinal)
            .Replace("$counted_submission", requireReview ? $"(NOT {AuditReview.ReviewRules.IsAuditSql} OR {AuditReview.ReviewRules.ApprovedSql})" : "true", StringComparison.Ordinal)
            .Replace("$to", $"TIMESTAMP '{to:yyyy-MM-dd}'", StringComparison.Ordinal);   // after $total_s, which it prefixes
        return connection.Execute($"INSERT INTO indicator_count SELECT $id, $v, * FROM ({sql})", new { p.id, p.v });
    }

    internal static IEnumerable<CountRow> ReadCounts(DuckDBConnection connection, MethodologyDocument m, (DateOnly From, DateOnly To)? years) =>
        connection.Query<(DateTime Month, string Unit, string Measure, double S, long N, double? Extra)>("""
            SELECT month, unit_code, measure, successes, n, extra FROM indicator_count
            WHERE methodology_id = $id AND methodology_version = $v AND ($from IS NULL OR (month >= $from AND month < $to))
            """, new { id = m.Id, v = m.Version, from = years?.From.ToDateTime(TimeOnly.MinValue), to = years?.To.ToDateTime(TimeOnly.MinValue) })
            .Select(r => new CountRow(DateOnly.FromDateTime(r.Month), r.Unit, r.Measure, new Counts(r.S, r.N, r.Extra)));

    internal static PlanBook ReadPlans(DuckDBConnection connection) => new(
        connection.Query<(string Scope, int Year, string Target, double Value, double? Tolerance)>(
            "SELECT scope_code, year, target, value, tolerance FROM plan")
            .ToDictionary(r => (r.Scope, r.Year, r.Target), r => (r.Value, r.Tolerance)),
        connection.Query<(string Scope, int Year, string Target, double Value)>(
            "SELECT scope_code, year, criterion_id, value FROM criterion_fact")
            .ToDictionary(r => (r.Scope, r.Year, r.Target), r => r.Value));

    private static Dictionary<DateOnly, ulong> InputFingerprints(DuckDBConnection connection)
    {
        // Inputs every month depends on (calendar, item mapping, organisation) are folded into each month's print.
        var global = connection.ExecuteScalar<ulong?>("""
            SELECT xor(xor(coalesce((SELECT bit_xor(hash(day, working)) FROM calendar_day), 0::UBIGINT),
                   coalesce((SELECT bit_xor(hash(definition_id, version, item_code, criterion_id, weight)) FROM form_item_criterion), 0::UBIGINT)),
                   coalesce((SELECT bit_xor(hash(code, parent_code, level)) FROM org_unit), 0::UBIGINT))
            """) ?? 0;
        return connection.Query<(DateTime Month, ulong Print)>(SqlResource.Load("Indicators.InputFingerprint.sql"))
            .ToDictionary(r => DateOnly.FromDateTime(r.Month), r => r.Print ^ global);
    }

    private static List<DateOnly> ChangedMonths(DuckDBConnection connection, MethodologyDocument m, Dictionary<DateOnly, ulong> prints)
    {
        var stored = connection.Query<(DateTime Month, ulong Print)>(
            "SELECT month, fingerprint FROM indicator_input_state WHERE methodology_id = $id AND methodology_version = $v AND month > DATE '1900-01-01'",
            new { id = m.Id, v = m.Version }).ToDictionary(r => DateOnly.FromDateTime(r.Month), r => r.Print);
        return [.. prints.Keys.Union(stored.Keys)
            .Where(month => !prints.TryGetValue(month, out var now) || !stored.TryGetValue(month, out var then) || now != then)
            .Order()];
    }

    private static void SaveFingerprints(DuckDBConnection connection, MethodologyDocument m, Dictionary<DateOnly, ulong> prints)
    {
        var p = new { id = m.Id, v = m.Version };
        connection.Execute("DELETE FROM indicator_input_state WHERE methodology_id = $id AND methodology_version = $v", p);
        using (var appender = connection.CreateAppender("indicator_input_state"))
            foreach (var (month, print) in prints)
                appender.CreateRow().AppendValue(m.Id).AppendValue(m.Version).AppendValue(month).AppendValue(print).AppendValue(DateTime.UtcNow).EndRow();
        if (prints.Count == 0)   // an empty store still records that it was computed
            connection.Execute("INSERT INTO indicator_input_state VALUES ($id, $v, DATE '1900-01-01', 0, current_timestamp)", p);
    }

    private static void ForgetFingerprints(DuckDBConnection connection, MethodologyDocument m, List<DateOnly> months)
    {
        foreach (var month in months)
            connection.Execute("DELETE FROM indicator_input_state WHERE methodology_id = $id AND methodology_version = $v AND month = $month",
                new { id = m.Id, v = m.Version, month = month.ToDateTime(TimeOnly.MinValue) });
        // Keep a marker so Compute does not take the methodology for never computed.
        connection.Execute("INSERT OR REPLACE INTO indicator_input_state VALUES ($id, $v, DATE '1900-01-01', 0, current_timestamp)", new { id = m.Id, v = m.Version });
    }

    /// <summary>Groups sorted months into contiguous [from, to) ranges so each range is one SQL pass.</summary>
    internal static IEnumerable<(DateOnly From, DateOnly To)> Ranges(IReadOnlyList<DateOnly> months)
    {
        for (var i = 0; i < months.Count;)
        {
            var j = i;
            while (j + 1 < months.Count && months[j + 1] == months[j].AddMonths(1)) j++;
            yield return (months[i], months[j].AddMonths(1));
            i = j + 1;
        }
    }
}
