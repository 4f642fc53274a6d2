using System.Data;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Webhooks;

/// <summary>
/// Publishing an event = one <c>webhook_event</c> row written on the caller's connection inside the transaction that
/// commits what the event announces: a rolled-back change announces nothing, a committed one is never lost. Nothing
/// is written when no subscriber (active or paused — a resumed subscriber gets what happened meanwhile) wants the
/// type, so a store without webhooks pays one indexed-size query per unit of work. The dispatcher fans the event out
/// to deliveries later (ADR 0028).
/// </summary>
public static class WebhookOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Russian stays readable in the receiver's logs
    };

    private const string Wanted = """
        SELECT count(*) > 0 FROM webhook_subscriber WHERE list_contains(string_split(events, ','), $type)
        """;

    /// <summary>True when some subscriber asked for <paramref name="type"/>.</summary>
    public static bool IsWanted(IDbConnection connection, IDbTransaction? tx, string type) =>
        connection.ExecuteScalar<bool>(Wanted, new { type }, tx);

    /// <summary>Writes the event when wanted; returns its id (null = nobody asked for it).</summary>
    public static string? Publish(IDbConnection connection, IDbTransaction? tx, string type, object data, DateTime nowUtc)
    {
        if (!IsWanted(connection, tx, type)) return null;
        var (id, body) = Body(type, data, nowUtc);
        Insert(connection, tx, [(id, type, body, nowUtc)]);
        return id;
    }

    /// <summary>Publishes in a unit of work of its own (for events whose change is not a store write, e.g. a report).</summary>
    public static string? Publish(AnalyticsStore store, string type, object data, DateTime nowUtc)
    {
        using var c = store.Open();
        return Publish(c, null, type, data, nowUtc);
    }

    /// <summary>Many events of one type in one statement (the submission writer's batch); one check for the batch.</summary>
    internal static int PublishMany(IDbConnection connection, IDbTransaction tx, string type, IEnumerable<object> data, DateTime nowUtc)
    {
        if (!IsWanted(connection, tx, type)) return 0;
        var rows = data.Select(d => Body(type, d, nowUtc)).Select(b => (b.Id, type, b.Body, nowUtc)).ToList();
        Insert(connection, tx, rows);
        return rows.Count;
    }

    /// <summary>
    /// The exact bytes every delivery of the event sends: <c>{"id","type","createdAt","data"}</c>. Fixed at publish
    /// time, so a retry sends the same body.
    /// </summary>
    internal static (string Id, string Body) Body(string type, object data, DateTime nowUtc)
    {
        var id = Guid.NewGuid().ToString("D");
        var body = JsonSerializer.Serialize(new
        {
            id, type,
            createdAt = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            data,
        }, Json);
        return (id, body);
    }

    private static void Insert(IDbConnection connection, IDbTransaction? tx, IReadOnlyList<(string Id, string Type, string Body, DateTime At)> rows)
    {
        // One multi-row statement per chunk: a statement per row costs a parse and plan each.
        foreach (var chunk in rows.Chunk(400))
        {
            var p = new DynamicParameters();
            var values = string.Join(", ", chunk.Select((r, i) =>
            {
                p.Add($"e{i}", r.Id); p.Add($"t{i}", r.Type); p.Add($"b{i}", r.Body); p.Add($"a{i}", r.At);
                return $"($e{i}, $t{i}, $b{i}, $a{i})";
            }));
            connection.Execute($"INSERT INTO webhook_event (event_id, type, body, created_at_utc) VALUES {values}", p, tx);
        }
    }
}
