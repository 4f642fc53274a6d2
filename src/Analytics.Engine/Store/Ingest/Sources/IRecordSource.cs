namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>
/// Rows of one input file as text cells, whatever its format. Typed formats (XLSX, Arrow, Parquet) render their
/// values invariantly (ISO dates, decimal point) so one set of parsers validates every format.
/// </summary>
internal interface IRecordSource : IDisposable
{
    string[] Headers { get; }

    /// <summary>What was detected (encoding, delimiter, sheet), for the summary's warnings.</summary>
    IReadOnlyList<string> Notes { get; }

    /// <summary>Advances to the next record; false at the end.</summary>
    bool Read();

    /// <summary>The line (CSV), sheet row (XLSX) or record number + 1 (Arrow, Parquet) of the current record.</summary>
    long Line { get; }

    int FieldCount { get; }

    string GetField(int index);

    /// <summary>Why the current record cannot be read at all (line too long, broken quoting, invalid bytes), or null.</summary>
    string? Problem { get; }

    /// <summary>The header of the field the <see cref="Problem"/> lies in, when known.</summary>
    string? ProblemColumn => null;

    /// <summary>The record as it appeared in the file, for the quarantine.</summary>
    string RawText();
}
