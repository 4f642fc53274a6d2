using System.Text.Json;
using Dapper;

namespace Analytics.Engine.Audit;

public sealed partial class AuditTrail
{
    /// <summary>What a prune anchor records: the last pruned seq and its hash, so the chain still starts somewhere known.</summary>
    public sealed record PruneAnchor(long PrunedThrough, string LastHash, long Count, DateTime CutoffUtc);

    /// <summary>
    /// Walks the chain in seq order. An entry breaks the chain when its stored hash is not the hash of its content (it was
    /// edited) or its prev_hash is not the previous entry's hash (an entry before it was removed or edited with a
    /// recomputed hash). The first entry must link to the genesis, or — after pruning — to the hash a prune anchor in the
    /// chain recorded for the seq just before it.
    /// </summary>
    public AuditVerification Verify()
    {
        using var connection = store.Open();
        var entries = connection.Query<AuditEntry>(SelectColumns + " ORDER BY seq").ToList();
        if (entries.Count == 0) return new(0, true, null, null);
        var anchors = entries.Where(e => e.Action == "prune" && e.AfterJson is not null)
            .Select(e => TryAnchor(e.AfterJson!)).OfType<PruneAnchor>().ToList();
        string expected;
        if (entries[0].Seq == 1) expected = Genesis;
        else if (anchors.LastOrDefault(a => a.PrunedThrough == entries[0].Seq - 1) is { } anchor) expected = anchor.LastHash;
        else return new(entries.Count, false, entries[0].Seq, "the first entry follows no prune anchor: entries before it were removed");
        long previousSeq = entries[0].Seq - 1;
        foreach (var e in entries)
        {
            if (e.PrevHash != expected || e.Seq != previousSeq + 1)
                return new(entries.Count, false, e.Seq, "its link to the previous entry does not hold: an entry before it was removed or changed");
            if (HashOf(e) != e.Hash)
                return new(entries.Count, false, e.Seq, "its content does not match its hash: the entry was changed");
            expected = e.Hash;
            previousSeq = e.Seq;
        }
        return new(entries.Count, true, null, null);
    }

    /// <summary>
    /// Removes entries older than <paramref name="retentionYears"/> years (Audit:RetentionYears) and appends a prune
    /// anchor with the last removed hash, so <see cref="Verify"/> still checks the remaining chain from its first link.
    /// Returns how many were removed.
    /// </summary>
    public long Prune(int retentionYears, string? actor = null) =>
        Prune(_clock.GetUtcNow().UtcDateTime.AddYears(-Math.Max(1, retentionYears)), actor);

    /// <summary>Removes the entries stamped before <paramref name="cutoffUtc"/> (a prefix of the chain) and anchors the rest.</summary>
    public long Prune(DateTime cutoffUtc, string? actor = null)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        // A prefix only: removing from the middle would leave a gap no anchor can explain.
        var last = Head(connection, """
            SELECT seq, hash FROM audit_entry
            WHERE seq < coalesce((SELECT min(seq) FROM audit_entry WHERE at_utc >= $cutoff), 9223372036854775807)
            ORDER BY seq DESC LIMIT 1
            """, new { cutoff = cutoffUtc }, tx);
        if (last is null) { tx.Rollback(); return 0; }
        var count = connection.ExecuteScalar<long>("SELECT count(*) FROM audit_entry WHERE seq <= $s", new { s = last.Value.Seq }, tx);
        // The anchor is appended first (it links to the last pruned entry), then the prefix goes.
        Append(connection, tx, actor, "prune", AuditKinds.Audit, $"..{last.Value.Seq}", null,
            new PruneAnchor(last.Value.Seq, last.Value.Hash, count, cutoffUtc), _clock.GetUtcNow().UtcDateTime);
        connection.Execute("DELETE FROM audit_entry WHERE seq <= $s", new { s = last.Value.Seq }, tx);
        tx.Commit();
        return count;
    }

    private static PruneAnchor? TryAnchor(string json)
    {
        try { return JsonSerializer.Deserialize<PruneAnchor>(json); }
        catch (JsonException) { return null; }
    }
}
