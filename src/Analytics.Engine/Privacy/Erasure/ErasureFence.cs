using System.Collections.Concurrent;
using Analytics.Engine.Store;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// The line between an erasure and the background exports that read the store around it (ADR 0031). "Erasure" here is
/// every change that takes personal data out of the store: a consumer's erasure (<see cref="ConsumerErasure"/>) and the
/// nightly retention sweep (<see cref="RetentionSweep"/>) alike, so an export never publishes what either removed. An export notes
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

    /// <summary>
    /// Runs a change that removes personal data — a consumer's erasure, or the retention sweep — with its transaction
    /// and its file swaps, with no export finishing meanwhile. It counts as an erasure (an export that read before it
    /// reads again) unless it completed and <paramref name="changed"/> says it changed no row: a nightly sweep that
    /// found nothing past retention sends no export back to read.
    /// </summary>
    public static T Erase<T>(AnalyticsStore store, Func<T> erase, Func<T, bool>? changed = null)
    {
        var gate = For(store);
        lock (gate.Sync)
        {
            T result;
            // Counted even when the change fails: a spurious re-read costs time, a missed one would leak the person.
            try { result = erase(); }
            catch { gate.Erasures++; throw; }
            if (changed is null || changed(result)) gate.Erasures++;
            return result;
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
