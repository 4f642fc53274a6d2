using System.Runtime.CompilerServices;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Forms;

/// <summary>
/// Group commit for submissions: callers queue checked submissions, one drainer at a time stores everything queued
/// in a single transaction and only then completes each caller's task. A commit in DuckDB costs a WAL sync, so
/// one per submission caps a store at some tens a second; one per batch lets it keep up with a crowd.
/// </summary>
/// <remarks>
/// <para>Exactly once: ids already stored and repeats inside a batch get the first receipt (marked repeated); the
/// drainer is the only writer of submissions here, so two deliveries of one id can never both insert.</para>
/// <para>A failing row fails only its caller: a spent invitation is refused inside the batch, and when the batch
/// itself fails every submission is retried alone.</para>
/// <para>There is no standing thread: a drainer runs while the queue holds work. <see cref="Dispose"/> refuses new
/// work and waits for the queue to drain, so nothing acknowledged or queued is lost at shutdown.</para>
/// </remarks>
public sealed class SubmissionWriter : IDisposable
{
    private static readonly ConditionalWeakTable<AnalyticsStore, SubmissionWriter> Writers = new();

    private readonly AnalyticsStore _store;
    private readonly Lock _gate = new();
    private readonly Queue<Pending> _queue = new();
    private Task? _drainer;
    private bool _closed;
    private long _batches, _stored, _checkTicks, _insertTicks, _commitTicks;

    public SubmissionWriter(AnalyticsStore store) => _store = store;

    /// <summary>The one writer of a store object, so every service over the same store shares its queue (and, once disposed, refuses).</summary>
    public static SubmissionWriter For(AnalyticsStore store) => Writers.GetValue(store, s => new SubmissionWriter(s));

    /// <summary>Most submissions stored in one transaction (bounds the size of a statement and a caller's wait).</summary>
    public int MaxBatch { get; init; } = 512;

    /// <summary>Batches committed and submissions stored so far (for benchmarks and diagnostics).</summary>
    public (long Batches, long Stored) Totals => (Interlocked.Read(ref _batches), Interlocked.Read(ref _stored));

    /// <summary>Time the batches spent checking (stored ids, offices, invitations), inserting and committing.</summary>
    public (TimeSpan Check, TimeSpan Insert, TimeSpan Commit) Timings =>
        (TimeSpan.FromTicks(Interlocked.Read(ref _checkTicks)), TimeSpan.FromTicks(Interlocked.Read(ref _insertTicks)), TimeSpan.FromTicks(Interlocked.Read(ref _commitTicks)));

    internal Task<SubmissionReceipt> Enqueue(PreparedSubmission submission)
    {
        var pending = new Pending(submission);
        lock (_gate)
        {
            if (_closed) throw new ObjectDisposedException(nameof(SubmissionWriter), "The store is shutting down; the submission was not accepted.");
            _queue.Enqueue(pending);
            _drainer ??= Task.Run(Drain);
        }
        return pending.Completion.Task;
    }

    /// <summary>Refuses new submissions and waits until every queued one is stored (or failed to its caller).</summary>
    public void Dispose()
    {
        Task? drainer;
        lock (_gate)
        {
            _closed = true;
            drainer = _drainer;
        }
        drainer?.GetAwaiter().GetResult();
    }

    private void Drain()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _drainer = null;
                    return;
                }
                batch = new List<Pending>(Math.Min(_queue.Count, MaxBatch));
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var next)) batch.Add(next);
            }
            try
            {
                Write(batch);
            }
            catch (Exception ex)
            {
                // Opening the store failed (or worse): every caller of the batch learns it, none is left waiting.
                foreach (var p in batch) p.Completion.TrySetException(ex);
            }
        }
    }

    private void Write(List<Pending> batch)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var c = _store.Open();
        var stored = Stored(c, batch.Select(p => p.Submission.Id).Distinct().ToList());
        var leaders = new Dictionary<string, Pending>(StringComparer.Ordinal);
        var followers = new List<Pending>();
        foreach (var p in batch)
        {
            if (stored.TryGetValue(p.Submission.Id, out var receipt)) p.Completion.TrySetResult(receipt);
            else if (!leaders.TryAdd(p.Submission.Id, p)) followers.Add(p);
        }

        var accepted = new List<Pending>(leaders.Count);
        try
        {
            using var tx = c.BeginTransaction();
            var refused = new List<(Pending, SubmissionRejectedException)>();
            var offices = Offices(c, tx, leaders.Values);
            foreach (var p in leaders.Values)
            {
                var error = SubmissionStore.UnknownOffice(p.Submission, offices)
                            ?? (p.Submission.Request.Token is null || SubmissionStore.SpendToken(c, tx, p.Submission) ? null : SubmissionStore.TokenRejected());
                if (error is null) accepted.Add(p);
                else refused.Add((p, error));
            }
            var checkedAt = System.Diagnostics.Stopwatch.GetTimestamp();
            SubmissionStore.InsertRows(c, tx, [.. accepted.Select(p => p.Submission)], append: true);
            SubmissionStore.PublishStored(c, tx, accepted.Select(p => p.Submission));
            Surveys.PartialResponses.Close(c, tx, accepted.Select(p => p.Submission.Request));
            var insertedAt = System.Diagnostics.Stopwatch.GetTimestamp();
            tx.Commit();
            Interlocked.Add(ref _checkTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started, checkedAt).Ticks);
            Interlocked.Add(ref _insertTicks, System.Diagnostics.Stopwatch.GetElapsedTime(checkedAt, insertedAt).Ticks);
            Interlocked.Add(ref _commitTicks, System.Diagnostics.Stopwatch.GetElapsedTime(insertedAt).Ticks);
            foreach (var (p, error) in refused) p.Completion.TrySetException(error);
            foreach (var p in accepted) p.Completion.TrySetResult(p.Submission.Receipt);
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _stored, accepted.Count);
        }
        catch (Exception) when (leaders.Count > 0)
        {
            // Something in the batch broke it (a row stored meanwhile by an import, a constraint): store each alone,
            // so only the submission at fault fails.
            foreach (var p in leaders.Values) WriteOne(c, p);
        }
        foreach (var p in followers) Follow(p, leaders[p.Submission.Id]);
    }

    private void WriteOne(DuckDBConnection c, Pending p)
    {
        try
        {
            using (var tx = c.BeginTransaction())
            {
                var error = SubmissionStore.UnknownOffice(p.Submission, Offices(c, tx, [p]))
                            ?? (p.Submission.Request.Token is null || SubmissionStore.SpendToken(c, tx, p.Submission) ? null : SubmissionStore.TokenRejected());
                if (error is not null)
                {
                    p.Completion.TrySetException(error);
                    return;
                }
                SubmissionStore.InsertRows(c, tx, [p.Submission], append: false);
                SubmissionStore.PublishStored(c, tx, [p.Submission]);
                Surveys.PartialResponses.Close(c, tx, [p.Submission.Request]);
                tx.Commit();
            }
            p.Completion.TrySetResult(p.Submission.Receipt);
            Interlocked.Add(ref _stored, 1);
        }
        catch (Exception ex)
        {
            // Stored meanwhile by another writer: that delivery won, this one is a repeat.
            if (ex is DuckDBException && SubmissionStore.Existing(c, p.Submission.Id) is { } receipt) p.Completion.TrySetResult(receipt);
            else p.Completion.TrySetException(ex);
        }
    }

    /// <summary>A second delivery in the same batch gets what the first got: its receipt (as a repeat) or its refusal.</summary>
    private static void Follow(Pending follower, Pending leader) =>
        leader.Completion.Task.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully) follower.Completion.TrySetResult(t.Result with { Repeated = true });
            else follower.Completion.TrySetException(t.Exception!.InnerExceptions);
        }, TaskScheduler.Default);

    /// <summary>The organisation's offices, read once per batch and only when some submission names one.</summary>
    private static HashSet<string> Offices(DuckDBConnection c, DuckDBTransaction tx, IEnumerable<Pending> batch) =>
        batch.Any(p => p.Submission.Request.OfficeCode is not null)
            ? c.Query<string>("SELECT code FROM org_unit WHERE level = 'office'", transaction: tx).ToHashSet(StringComparer.Ordinal)
            : [];

    private static Dictionary<string, SubmissionReceipt> Stored(DuckDBConnection c, List<string> ids)
    {
        // Ids passed SubmissionStore.CheckId (letters, digits, '-', '_'), so they are safe as literals; one query per batch.
        var list = string.Join(", ", ids.Select(id => $"'{id}'"));
        return c.Query<(string Id, string Def, int Version, DateTime At, double? Score)>(
                $"SELECT id, definition_id, version, submitted_at, score FROM submission WHERE id IN ({list})")
            .ToDictionary(r => r.Id, r => new SubmissionReceipt(r.Id, r.Def, r.Version, DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.Score, Repeated: true),
                StringComparer.Ordinal);
    }

    private sealed record Pending(PreparedSubmission Submission)
    {
        public TaskCompletionSource<SubmissionReceipt> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
