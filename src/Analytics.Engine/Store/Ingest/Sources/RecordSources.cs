namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>Opens the right <see cref="IRecordSource"/> for a file by its extension.</summary>
internal static class RecordSources
{
    public static readonly string[] Extensions = [".csv", ".txt", ".tsv", ".xlsx", ".arrow", ".feather", ".ipc", ".parquet"];

    /// <summary>
    /// Opens <paramref name="stream"/> (named <paramref name="fileName"/>). Parquet needs a file path, so a stream
    /// is spooled to <paramref name="spoolPath"/> first; XLSX and Arrow need seeking, so they are buffered when needed.
    /// </summary>
    public static IRecordSource Open(string fileName, Stream stream, string? path, Func<string> spoolPath, ImportOptions options,
        CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".csv" or ".txt" or ".tsv":
                return new CsvRecordSource(fileName, stream, options.MaxLineChars, options.MaxQuotedLines);
            case ".xlsx":
                return new XlsxRecordSource(fileName, Seekable(stream), options.MaxCellChars, cancellationToken);
            case ".arrow" or ".feather" or ".ipc":
                return new ArrowRecordSource(fileName, Seekable(stream));
            case ".parquet":
                if (path is null)
                {
                    path = spoolPath();
                    using (var file = File.Create(path)) stream.CopyTo(file);
                }
                stream.Dispose();
                return new ParquetRecordSource(fileName, path);
            default:
                stream.Dispose();
                throw new ImportRefusedException(Analytics.Engine.Vocabulary.ImportReasons.Text("unknown_file_type", fileName, extension, string.Join(", ", Extensions)));
        }
    }

    private static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek) return stream;
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        stream.Dispose();
        copy.Position = 0;
        return copy;
    }
}
