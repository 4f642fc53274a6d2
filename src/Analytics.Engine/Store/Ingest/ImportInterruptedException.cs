namespace Analytics.Engine.Store.Ingest;

/// <summary>
/// The import was cancelled (Ctrl+C, SIGTERM, a client that went away) and stopped at a batch edge: the run is
/// 'interrupted' in <c>import_run</c> with the counts of its committed batches, which are whole. Re-running the same
/// file stores the rest and counts the committed rows as duplicates.
/// </summary>
public sealed class ImportInterruptedException(long importId, long read, long stored, long duplicates, long rejected, OperationCanceledException inner)
    : OperationCanceledException(
        $"import #{importId} interrupted at a batch edge: committed read {read:N0}, stored {stored:N0}, duplicates {duplicates:N0}, " +
        $"rejected {rejected:N0}; re-run the same file to complete it.", inner, inner.CancellationToken)
{
    public long ImportId { get; } = importId;
    public long Read { get; } = read;
    public long Stored { get; } = stored;
    public long Duplicates { get; } = duplicates;
    public long Rejected { get; } = rejected;
}
