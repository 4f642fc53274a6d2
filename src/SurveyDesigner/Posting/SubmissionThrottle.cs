using System.Collections.Concurrent;

namespace SurveyDesigner.Posting;

/// <summary>
/// A per-key sliding-window limit (a client address, an invitation token), so a script cannot flood the store;
/// <see cref="SubmissionLimiter"/> holds one per kind of key, sized from configuration.
/// </summary>
public sealed class SubmissionThrottle(int limit = 20, TimeSpan? window = null, TimeProvider? clock = null)
{
    private readonly TimeSpan _window = window ?? TimeSpan.FromMinutes(1);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _hits = new();

    /// <summary>Records an attempt; false when the client is over the limit.</summary>
    public bool TryAcquire(string client)
    {
        var now = _clock.GetUtcNow();
        var queue = _hits.GetOrAdd(client, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() > _window) queue.Dequeue();
            if (queue.Count >= limit) return false;
            queue.Enqueue(now);
        }
        if (_hits.Count > 10_000) Sweep(now);
        return true;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, queue) in _hits)
            lock (queue)
                if (queue.Count == 0 || now - queue.Last() > _window) _hits.TryRemove(key, out _);
    }
}
