using Analytics.Engine.Demo;
using Analytics.Engine.Indicators;
using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Store;
using Analytics.Engine.Store.Backup;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Privacy;

/// <summary>
/// #21.6: one consumer erased from a demo store leaves no trace in any text column of any table, the indicators are
/// the same before and after, and a backup taken before the erasure, restored afterwards, does not bring them back.
/// </summary>
public class ConsumerErasureTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    /// <summary>A consumer with a unique name, a phone and more than one appeal, planted in every other place too.</summary>
    private sealed record Person(string Key, string Name, string Phone, string OtherPhoneFormat, string? Email);

    private static Person Plant(AnalyticsStore store)
    {
        using var c = store.Open();
        var (key, name, phone, email) = c.QueryFirst<(string, string, string, string?)>("""
            SELECT consumer_key, any_value(consumer_name), any_value(consumer_phone), max(consumer_email) FROM appeal
            WHERE consumer_phone IS NOT NULL AND consumer_type = 'individual'
              AND consumer_name IN (SELECT consumer_name FROM appeal GROUP BY consumer_name HAVING count(DISTINCT consumer_key) = 1)
            GROUP BY consumer_key HAVING count(*) > 1 ORDER BY count(*) DESC, consumer_key LIMIT 1
            """);
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        var other = $"8 ({digits[1..4]}) {digits[4..7]}-{digits[7..9]}-{digits[9..]}";
        // The same phone as a questionnaire's contact answer (another format), a call, a rejected line, a comment.
        var submission = c.QueryFirst<string>("SELECT submission_id FROM answer WHERE item_code = 'contact' ORDER BY submission_id LIMIT 1");
        c.Execute("UPDATE answer SET value_text = $other WHERE submission_id = $submission AND item_code = 'contact'", new { other, submission });
        c.Execute("""
            INSERT INTO call_record (call_id, center_code, started_at, answered, caller_phone) VALUES ('ERASE-1', 'CC', '2026-10-01 10:00', true, $phone);
            INSERT INTO import_run (id, kind, file_name, started_at, status) VALUES (990001, 'appeals', 'x.csv', '2026-10-01', 'completed');
            INSERT INTO quarantine (import_id, kind, file_name, line, reason, raw) VALUES (990001, 'appeals', 'x.csv', 2, 'bad date', 'A-9;' || $name || ';' || $phone);
            INSERT INTO control_call (register_no, called_at, reached, comment) VALUES ('ERASE-CC', '2026-10-02 10:00', true, 'Говорили с ' || $name || ', доволен');
            """, new { phone, name });
        return new Person(key, name, phone, other, email);
    }

    /// <summary>Every indicator result and count: exact keys and sizes, values to within float noise.</summary>
    private static List<(string Key, double[] Values)> Indicators(AnalyticsStore store, IReadOnlyCollection<DateOnly> months)
    {
        new IndicatorService(store).Refresh(months, asOf: Today);
        using var c = store.Open();
        var rows = c.Query<(string, double?, double?, double?, double?, double?)>("""
            SELECT concat_ws('|', methodology_id, methodology_version, level, unit_code, granularity, period_start, item_kind, item_id, n, insufficient) AS k,
                   value, lower, upper, coverage, score FROM indicator_result
            UNION ALL
            SELECT concat_ws('|', methodology_id, methodology_version, month, unit_code, measure, n), successes, extra, NULL, NULL, NULL FROM indicator_count
            ORDER BY k
            """);
        return [.. rows.Select(r => (r.Item1, new[] { r.Item2, r.Item3, r.Item4, r.Item5, r.Item6 }.Select(v => v ?? double.NaN).ToArray()))];
    }

    /// <summary>
    /// Equal keys and values. DuckDB's parallel sums may differ in the last bits between two runs over the very same
    /// rows (a mean of 13.03125 then rounds to 13.0312 or 13.0313), so values are compared to within 0.001 (relative for sums).
    /// </summary>
    private static void AssertSameIndicators(List<(string Key, double[] Values)> expected, List<(string Key, double[] Values)> actual)
    {
        Assert.True(expected.Count > 1000, $"{expected.Count} indicator rows");
        Assert.Equal(expected.Select(e => e.Key), actual.Select(a => a.Key));
        for (var i = 0; i < expected.Count; i++)
            for (var v = 0; v < expected[i].Values.Length; v++)
            {
                double x = expected[i].Values[v], y = actual[i].Values[v];
                Assert.True(double.IsNaN(x) ? double.IsNaN(y) : Math.Abs(x - y) <= 1e-3 * Math.Max(1, Math.Abs(x)),
                    $"{expected[i].Key} value {v}: {x} before, {y} after");
            }
    }

    /// <summary>Every text column of every table that still holds one of the values: "table.column" entries.</summary>
    private static List<string> Traces(AnalyticsStore store, params string?[] values)
    {
        using var c = store.Open();
        var columns = c.Query<(string, string)>("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_catalog = c.table_catalog
            WHERE t.table_type = 'BASE TABLE' AND c.table_catalog = current_database() AND c.data_type = 'VARCHAR'
            """).ToList();
        Assert.True(columns.Count > 100, $"{columns.Count} text columns");
        var found = new List<string>();
        foreach (var (table, column) in columns)
            foreach (var v in values.Where(v => !string.IsNullOrEmpty(v)))
                if (c.ExecuteScalar<long>($"SELECT count(*) FROM \"{table}\" WHERE contains(lower(\"{column}\"), lower($v))", new { v }) > 0)
                    found.Add($"{table}.{column} holds '{v}'");
        return found;
    }

    [Fact]
    public void Erase_LeavesNoTrace_KeepsIndicators_AndAnOlderBackupDoesNotBringItBack()
    {
        using var temp = new TempStore();
        new DemoSuite().Generate(temp.Store, new DemoOptions { Scale = 0.01, Seed = 7, Today = Today }, null, TestContext.Current.CancellationToken);
        var person = Plant(temp.Store);
        var values = new[] { person.Key, person.Name, person.Phone, person.OtherPhoneFormat, person.Email };
        Assert.NotEmpty(Traces(temp.Store, values));
        List<DateOnly> months;
        using (var c = temp.Store.Open())
            months = [.. c.Query<DateTime>("SELECT DISTINCT date_trunc('month', registered_at) FROM appeal").Select(DateOnly.FromDateTime)];
        var before = Indicators(temp.Store, months);
        var backups = Directory.CreateDirectory(temp.File("backups")).FullName;
        new StoreSnapshot(temp.Store).Write(Path.Combine(backups, "before"), TestContext.Current.CancellationToken);

        List<string> registerNos;
        using (var c = temp.Store.Open())
            registerNos = [.. c.Query<string>("SELECT register_no FROM appeal WHERE consumer_key = $k", new { k = person.Key })];

        var result = new ConsumerErasure(temp.Store).Erase(person.Key, "admin", backups);

        Assert.Empty(Traces(temp.Store, values));
        AssertSameIndicators(before, Indicators(temp.Store, months));
        Assert.True(result.Tables >= 5, $"{result.Tables} tables");
        Assert.True(result.Rows >= 6, $"{result.Rows} rows");
        Assert.Equal(1, result.Backups);
        using (var c = temp.Store.Open())
        {
            var entry = c.QuerySingle<(string Actor, string EntityId, string After)>(
                "SELECT actor, entity_id, after_json FROM audit_entry WHERE action = 'erase'");
            Assert.Equal(("admin", result.Consumer), (entry.Actor, entry.EntityId));
            Assert.DoesNotContain(person.Key, entry.After);
            // One stable pseudonym for all the consumer's appeals: their repeat complaints still pair up.
            var keys = c.Query<string>("SELECT DISTINCT consumer_key FROM appeal WHERE register_no IN $nos", new { nos = registerNos }).ToList();
            Assert.StartsWith(ConsumerIdentity.PseudonymPrefix, Assert.Single(keys));
        }
        Assert.True(new Analytics.Engine.Audit.AuditTrail(temp.Store).Verify().Intact);

        // A backup taken after the erasure holds no trace either.
        new StoreSnapshot(temp.Store).Write(Path.Combine(backups, "after"), TestContext.Current.CancellationToken);
        var later = temp.File("later.duckdb");
        StoreRestore.Restore(Path.Combine(backups, "after"), later);
        using (var afterwards = AnalyticsStore.At(later)) Assert.Empty(Traces(afterwards, values));

        var restored = temp.File("restored.duckdb");
        var restore = StoreRestore.Restore(Path.Combine(backups, "before"), restored);
        Assert.True(restore.Erased >= result.Rows - 1, $"{restore.Erased} rows erased on restore");
        using var again = AnalyticsStore.At(restored);
        Assert.Empty(Traces(again, values));
        AssertSameIndicators(before, Indicators(again, months));
    }

    [Fact]
    public void Erase_ByPhone_FindsTheConsumersAppealsAndAnswers()
    {
        using var temp = new TempStore();
        new DemoSuite().Generate(temp.Store, new DemoOptions { Scale = 0.01, Seed = 7, Today = Today }, null, TestContext.Current.CancellationToken);
        var person = Plant(temp.Store);

        var result = new ConsumerErasure(temp.Store).Erase("+7" + new string([.. person.Phone.Where(char.IsAsciiDigit)])[1..], null);

        Assert.True(result.Rows > 0);
        Assert.Empty(Traces(temp.Store, person.Key, person.Name, person.Phone, person.OtherPhoneFormat));
    }

    [Fact]
    public void Erase_UnknownConsumer_ChangesNothing_ButIsRecordedAndTombstoned()
    {
        using var temp = new TempStore();
        var result = new ConsumerErasure(temp.Store).Erase("no-such-account", null);
        Assert.Equal((0, 0L), (result.Tables, result.Rows));
        using var c = temp.Store.Open();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM erasure_tombstone"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM erasure_tombstone WHERE hash LIKE '%no-such%'"));
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM audit_entry WHERE action = 'erase' AND actor = 'system'"));
    }
}
