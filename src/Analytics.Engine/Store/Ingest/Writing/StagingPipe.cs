using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Analytics.Engine.Store.Ingest.Schemas;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Ingest.Writing;

/// <summary>
/// Parses one batch while the previous one is merged. Parsing and appending (CsvHelper, dates, vocabularies, the
/// Appender) is single-threaded managed work on the calling thread; the merge is DuckDB work on a second thread with
/// its own connection. The two staging sets live in an in-memory database attached for the import, visible to both
/// connections; the calling thread fills one set while the other is merged. Batches are the same as without the
/// pipe, committed in order, one transaction each; at most two are in memory.
/// </summary>
internal sealed class StagingPipe : IDisposable
{
    private readonly DuckDBConnection _parsing;
    private readonly DuckDBConnection _merging;
    private readonly string _database;
    private readonly StagingSet[] _sets;
    private readonly BatchWriter _writer;
    private readonly Action<BatchCounts> _committed;
    private readonly BlockingCollection<StagingSet> _full = new(1);
    private readonly BlockingCollection<StagingSet> _free = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly Task _merger;

    /// <summary>Attaches the staging database and starts the merging thread.</summary>
    /// <param name="store">The store, for the merging thread's connection.</param>
    /// <param name="parsing">The calling thread's connection; the Appenders live on it.</param>
    /// <param name="schema">The kind being imported.</param>
    /// <param name="importId">The run the rows belong to.</param>
    /// <param name="fileName">For the quarantine rows.</param>
    /// <param name="rejectsListed">How many conflicts a batch reports by line.</param>
    /// <param name="committed">Called with each batch's counts, on the merging thread, in batch order.</param>
    public StagingPipe(AnalyticsStore store, DuckDBConnection parsing, KindSchema schema, long importId, string fileName, int rejectsListed,
        Action<BatchCounts> committed)
    {
        _parsing = parsing;
        _committed = committed;
        _database = $"ingest_{Guid.NewGuid():N}";
        parsing.Execute($"ATTACH ':memory:' AS {_database}");
        _sets = [new StagingSet(parsing, _database, 0, schema), new StagingSet(parsing, _database, 1, schema)];
        _merging = store.Open();
        _writer = new BatchWriter(_merging, schema, _sets, importId, fileName, rejectsListed);
        _free.Add(_sets[1]);
        Current = _sets[0];
        StoredIndexes = [.. schema.Fields.Select((f, i) => (f, i)).Where(p => !p.f.NotStored).Select(p => p.i)];
        _merger = Task.Factory.StartNew(Merge, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Indexes (into the schema's fields) of the values that are staged, in staging column order.</summary>
    public int[] StoredIndexes { get; }

    /// <summary>The set the calling thread fills.</summary>
    public StagingSet Current { get; private set; }

    /// <summary>Ends the current batch: hands its set to the merging thread and waits for the other set to be free.</summary>
    public void EndBatch()
    {
        Current.Flush();
        try
        {
            _full.Add(Current, _abort.Token);
            Current = _free.Take(_abort.Token);
        }
        catch (OperationCanceledException) when (_merger.IsFaulted || _merger.IsCompleted)
        {
            ThrowMergeFault();
            throw;
        }
    }

    /// <summary>Merges the last, partial batch and waits until every batch is committed.</summary>
    public void Complete()
    {
        if (Current.Read > 0) EndBatch();
        _full.CompleteAdding();
        ThrowMergeFault();
    }

    private void Merge()
    {
        try
        {
            foreach (var set in _full.GetConsumingEnumerable(_abort.Token))
            {
                var counts = _writer.Commit(set);
                set.Reset(_merging);
                _free.Add(set);
                _committed(counts);
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // The parsing side gave up and reports its own error.
        }
        catch
        {
            _abort.Cancel();
            throw;
        }
    }

    private void ThrowMergeFault()
    {
        try { _merger.Wait(); }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException!);
        }
    }

    /// <summary>After a failure on the parsing side, stops the merging thread without committing what is queued.</summary>
    public void Dispose()
    {
        if (!_full.IsAddingCompleted) _full.CompleteAdding();
        if (!_merger.IsCompleted) _abort.Cancel();
        try { _merger.Wait(); } catch (AggregateException) { /* surfaced already, or the parsing error is the one to report */ }
        foreach (var set in _sets) set.Dispose();
        _merging.Dispose();
        try { _parsing.Execute($"DETACH {_database}"); } catch (DuckDBException) { /* the connection is closing anyway */ }
        _full.Dispose();
        _free.Dispose();
        _abort.Dispose();
    }
}
