namespace Analytics.Engine.Store.Ingest;

/// <summary>One rejected row: where it was and why (the quarantine table keeps the raw line as well).</summary>
public sealed record ImportReject(long Line, string? Column, string Reason)
{
    /// <summary>The reason's stable code from the catalogue (<see cref="Vocabulary.ImportReasons"/>), for scripts.</summary>
    public string Code => Vocabulary.ImportReasons.CodeOf(Reason);
}

/// <summary>
/// What an import did. Always <c>Read = Stored + Duplicates + Rejected</c>; <see cref="Rejects"/> lists at most
/// <see cref="ImportOptions.MaxRejectsListed"/> entries while the quarantine keeps every one.
/// </summary>
public sealed record ImportSummary
{
    public required long ImportId { get; init; }
    public required string Kind { get; init; }
    public required string FileName { get; init; }
    /// <summary>The table the rows went to (for <c>calls</c>: call_interval or call_record).</summary>
    public required string Table { get; init; }
    /// <summary>What was detected about the file (encoding, delimiter, format).</summary>
    public string Format { get; init; } = "";
    public long Read { get; init; }
    public long Stored { get; init; }
    public long Duplicates { get; init; }
    public long Rejected { get; init; }
    public IReadOnlyList<ImportReject> Rejects { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public TimeSpan Elapsed { get; init; }
}
