using System.Data;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Audit;

/// <summary>
/// The change audit trail (ADR 0017): services append an entry inside the same transaction as the change, so a change
/// is never stored without its entry nor an entry without its change. Each entry's hash covers its content and the
/// previous entry's hash; <see cref="Verify"/> recomputes the chain and names the first link that does not hold.
/// </summary>
public sealed partial class AuditTrail(AnalyticsStore store, TimeProvider? clock = null)
{
    /// <summary>The actor of changes made without a signed-in person (CLI, jobs, seeding).</summary>
    public const string System = "system";

    /// <summary>The actor of the demo organisation's seeded rows (first run with Demo:OnFirstRun).</summary>
    public const string Demo = "demo";

    /// <summary>The actor that creates the first administrator of an empty store.</summary>
    public const string FirstRun = "first-run";

    /// <summary>prev_hash of the very first entry.</summary>
    public const string Genesis = "";

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// Appends one entry on <paramref name="connection"/> within <paramref name="tx"/> (the change's own unit of work).
    /// <paramref name="before"/>/<paramref name="after"/> are objects (serialised and masked by <see cref="AuditJson"/>).
    /// </summary>
    public static long Append(IDbConnection connection, IDbTransaction? tx, string? actor, string action, string entityKind,
        string entityId, object? before, object? after, DateTime? atUtc = null)
    {
        var head = Head(connection, "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1", null, tx);
        var entry = new AuditEntry(
            (head?.Seq ?? 0) + 1, Micro(atUtc ?? DateTime.UtcNow), string.IsNullOrWhiteSpace(actor) ? System : actor.Trim(),
            action, entityKind, entityId, AuditJson.Of(before), AuditJson.Of(after), head?.Hash ?? Genesis, "");
        entry = entry with { Hash = HashOf(entry) };
        connection.Execute("""
            INSERT INTO audit_entry (seq, at_utc, actor, action, entity_kind, entity_id, before_json, after_json, prev_hash, hash)
            VALUES ($Seq, $AtUtc, $Actor, $Action, $EntityKind, $EntityId, $BeforeJson, $AfterJson, $PrevHash, $Hash)
            """, entry, tx);
        return entry.Seq;
    }

    /// <summary>Appends one entry in a unit of work of its own (for changes that are one statement already).</summary>
    public long Append(string? actor, string action, string entityKind, string entityId, object? before, object? after)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        var seq = Append(connection, tx, actor, action, entityKind, entityId, before, after, _clock.GetUtcNow().UtcDateTime);
        tx.Commit();
        return seq;
    }

    /// <summary>
    /// SHA-256 (hex) of the entry's fields and its prev_hash, fields separated by U+001F and null written as U+0000 so
    /// no two different entries share an input. The time is written to the microsecond, the store's precision.
    /// </summary>
    public static string HashOf(AuditEntry e)
    {
        var text = string.Join('\u001f',
            e.Seq.ToString(CultureInfo.InvariantCulture), e.AtUtc.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            e.Actor, e.Action, e.EntityKind, e.EntityId, e.BeforeJson ?? "\0", e.AfterJson ?? "\0", e.PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Entries matching the filter, newest first.</summary>
    public IReadOnlyList<AuditEntry> List(AuditFilter filter)
    {
        using var connection = store.Open();
        return [.. connection.Query<AuditEntry>(SelectColumns + """
             WHERE ($from IS NULL OR at_utc >= $from) AND ($to IS NULL OR at_utc < $to)
              AND ($actor IS NULL OR actor = $actor) AND ($kind IS NULL OR entity_kind = $kind)
            ORDER BY seq DESC LIMIT $take
            """, new { from = filter.FromUtc, to = filter.ToUtc, actor = Blank(filter.Actor), kind = Blank(filter.EntityKind), take = filter.Take })];
    }

    /// <summary>The actors that appear in the trail, for the page's filter.</summary>
    public IReadOnlyList<string> Actors()
    {
        using var connection = store.Open();
        return [.. connection.Query<string>("SELECT DISTINCT actor FROM audit_entry ORDER BY actor")];
    }

    internal const string SelectColumns = """
        SELECT seq AS Seq, at_utc AS AtUtc, actor AS Actor, action AS Action, entity_kind AS EntityKind, entity_id AS EntityId,
               before_json AS BeforeJson, after_json AS AfterJson, prev_hash AS PrevHash, hash AS Hash
        FROM audit_entry
        """;

    private static (long Seq, string Hash)? Head(IDbConnection connection, string sql, object? param, IDbTransaction? tx) =>
        connection.Query<(long Seq, string Hash)>(sql, param, tx).Select(h => ((long Seq, string Hash)?)h).FirstOrDefault();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static DateTime Micro(DateTime utc)
    {
        var u = utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc;
        return new DateTime(u.Ticks - u.Ticks % 10, DateTimeKind.Unspecified);
    }
}
