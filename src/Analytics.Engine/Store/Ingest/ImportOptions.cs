using Analytics.Engine.Store.Ingest.Mapping;

namespace Analytics.Engine.Store.Ingest;

/// <summary>How one import reads its file. The defaults suit the registers this product meets.</summary>
public sealed class ImportOptions
{
    /// <summary>Extra header and value mappings (from <c>--map MAP.json</c>); applied before the default aliases.</summary>
    public ColumnMap? Map { get; init; }

    private string? _actor;

    /// <summary>Login of who imports, for the audit trail (null: "system", e.g. the CLI).</summary>
    public string? Actor { get => _actor; init => _actor = value; }

    /// <summary>These options (every limit as configured) with who imports; the configured instance stays shared and unchanged.</summary>
    public ImportOptions WithActor(string? actor)
    {
        var copy = (ImportOptions)MemberwiseClone();
        copy._actor = actor;
        return copy;
    }

    /// <summary>
    /// A physical line longer than this (in bytes) is rejected unread; the import goes on. It also bounds a record whose
    /// quoted field spans several lines (setting <c>Imports:MaxLineChars</c>).
    /// </summary>
    public int MaxLineChars { get; init; } = 1 << 20;

    /// <summary>
    /// How many physical lines one CSV record may span through line breaks inside quotes (<c>Imports:MaxQuotedLines</c>).
    /// A quote still open after that many lines (or after <see cref="MaxLineChars"/> bytes) rejects only the line it
    /// opened on; reading resumes at the next physical line (ADR 0002).
    /// </summary>
    public int MaxQuotedLines { get; init; } = 100;

    /// <summary>An XLSX cell (or shared string) longer than this, in characters, rejects its row unread (<c>Imports:MaxCellChars</c>).</summary>
    public int MaxCellChars { get; init; } = 1 << 20;

    /// <summary>
    /// Dates before this are rejected as implausible (<c>Imports:EarliestDate</c>): the registers, logs and surveys
    /// this product reads are electronic records of this century's customer service; 1990 leaves room for old
    /// organisation records (offices opened) without letting 01.01.0001 or a two-digit-year slip through.
    /// </summary>
    public DateTime EarliestDate { get; init; } = new(1990, 1, 1);

    /// <summary>
    /// Dates later than today plus this many days are rejected (<c>Imports:LatestDateDaysAhead</c>, default a year):
    /// due dates and plans look ahead, 31.12.9999 "never" placeholders do not.
    /// </summary>
    public int LatestDateDaysAhead { get; init; } = 366;

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
