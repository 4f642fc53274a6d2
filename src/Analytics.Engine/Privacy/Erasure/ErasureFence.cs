using System.Collections.Concurrent;
using Analytics.Engine.Store;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// The line between an erasure and the background exports that read the store around it (ADR 0031). An export notes
/// the erasures committed so far (<see cref="Mark"/>) before it reads; it may finish only through <see cref="Finish"/>,
/// which refuses when an erasure has committed since — the rows it read may hold the erased values — and never runs
/// while an erasure is under way, from before its transaction begins until its files are swapped. So an export either
/// finished before the erasure's transaction began (the erasure finds it among the finished exports and cleans its
/// file) or read a store in which the erasure was already committed; a file with erased values is never offered.
/// Held in memory per store file: DuckDB lets one process write a file, so every erasure and export of a store runs
/// in the process that holds it, and an export cut off by a restart is failed at start (<see cref="StaleRuns"/>).
/// </summary>
internal static class ErasureFence
{
    private sealed class Gate
    {
        public readonly Lock Sync = new();
        public long Erasures;
    }

    private static readonly ConcurrentDictionary<string, Gate> Gates = new(StringComparer.Ordinal);

    private static Gate For(AnalyticsStore store) => Gates.GetOrAdd(store.FilePath, _ => new Gate());

    /// <summary>The erasures committed on this store so far: taken by an export before its first read.</summary>
    public static long Mark(AnalyticsStore store)
    {
        var gate = For(store);
        lock (gate.Sync) return gate.Erasures;
    }

    /// <summary>Runs an erasure, its transaction and its file swaps, with no export finishing meanwhile.</summary>
    public static T Erase<T>(AnalyticsStore store, Func<T> erase)
    {
        var gate = For(store);
        lock (gate.Sync)
        {
            // Counted even when the erasure fails: a spurious re-read costs time, a missed one would leak the person.
            try { return erase(); }
            finally { gate.Erasures++; }
        }
    }

    /// <summary>
    /// Runs <paramref name="finish"/> (the export becomes downloadable) when no erasure has committed since
    /// <paramref name="mark"/>, and returns true; false, without running it, when one has: the export must read again.
    /// </summary>
    public static bool Finish(AnalyticsStore store, long mark, Action finish)
    {
        var gate = For(store);
        lock (gate.Sync)
        {
            if (gate.Erasures != mark) return false;
            finish();
            return true;
        }
    }
}
