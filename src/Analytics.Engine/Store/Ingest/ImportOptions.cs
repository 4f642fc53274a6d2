using Analytics.Engine.Store.Ingest.Mapping;

namespace Analytics.Engine.Store.Ingest;

/// <summary>How one import reads its file. The defaults suit the registers this product meets.</summary>
public sealed class ImportOptions
{
    /// <summary>Extra header and value mappings (from <c>--map MAP.json</c>); applied before the default aliases.</summary>
    public ColumnMap? Map { get; init; }

    /// <summary>A physical line longer than this (in characters) is rejected unread; the import goes on.</summary>
    public int MaxLineChars { get; init; } = 1 << 20;

    /// <summary>
    /// Rows per transactional batch. Two DuckDB row groups (2 × 122,880): a transaction that appends at least a row
    /// group has it written straight to the database file instead of the write-ahead log, so commits stay cheap; fewer,
    /// larger batches also mean fewer joins against the growing table.
    /// </summary>
    public int BatchSize { get; init; } = 245_760;

    /// <summary>How many rejects the summary lists; the quarantine table always keeps them all.</summary>
    public int MaxRejectsListed { get; init; } = 100;

    /// <summary>How much of a rejected raw line the quarantine keeps.</summary>
    public int MaxRawChars { get; init; } = 2_000;

    /// <summary>Rows between progress reports.</summary>
    public int ProgressEvery { get; init; } = 100_000;
}
