using Analytics.Engine.Store.Ingest;

namespace Dashboard.Imports;

/// <summary>The summary an import shows, as the CLI prints it: read = stored + duplicates + rejected.</summary>
public sealed record ImportResult(long ImportId, string Kind, string FileName, long Read, long Stored,
    long Duplicates, long Rejected);

/// <summary>Progress of an upload: bytes received so far, then the importer's own messages.</summary>
public sealed record ImportProgress(long Bytes, long? TotalBytes, string? Message);

/// <summary>
/// Runs an import inside the host (the store's only writer). The upload is spooled to a temporary file first,
/// so a slow browser never holds a store transaction open, and the importer reads the file at its own pace.
/// </summary>
public sealed class ImportRunner(ImportService importer, ILogger<ImportRunner> logger, IConfiguration? configuration = null)
{
    /// <summary>The importer's limits from the <c>Imports</c> section (MaxQuotedLines, MaxCellChars, EarliestDate…; ADR 0002).</summary>
    private readonly ImportOptions _options = configuration?.GetSection("Imports").Get<ImportOptions>() ?? new ImportOptions();

    /// <summary>Kinds the importer knows: the CLI's <c>import --kind</c> values (<c>appeals</c>, <c>control-calls</c>…).</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. ImportKinds.Names];

    public static bool IsKind(string? kind) => kind is not null && ImportKinds.TryParse(kind, out _);

    public async Task<ImportResult> RunAsync(string kind, Stream source, string fileName, long? length,
        IProgress<ImportProgress>? progress, CancellationToken ct, string? actor = null)
    {
        if (!IsKind(kind)) throw new ArgumentException($"Unknown import kind '{kind}'.", nameof(kind));
        var safeName = Path.GetFileName(fileName);
        var spool = Path.Combine(Path.GetTempPath(), $"analytics-upload-{Guid.NewGuid():N}{Path.GetExtension(safeName)}");
        try
        {
            await Spool(source, spool, length, progress, ct);
            logger.LogInformation("Importing {File} as {Kind} ({Bytes} bytes)", safeName, kind, new FileInfo(spool).Length);
            var result = await Task.Run(() => Import(kind, spool, safeName, progress, actor, ct), ct);
            logger.LogInformation("Imported {File}: read {Read}, stored {Stored}, duplicates {Duplicates}, rejected {Rejected}",
                safeName, result.Read, result.Stored, result.Duplicates, result.Rejected);
            return result;
        }
        finally
        {
            File.Delete(spool);
        }
    }

    private static async Task Spool(Stream source, string path, long? length, IProgress<ImportProgress>? progress,
        CancellationToken ct)
    {
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, true);
        var buffer = new byte[81920];
        long total = 0, reported = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
            // Report every 256 KB: often enough for a smooth bar, rarely enough not to flood the circuit.
            if (total - reported >= 256 * 1024) { progress?.Report(new(total, length, null)); reported = total; }
        }
        progress?.Report(new(total, length, null));
    }

    private ImportResult Import(string kind, string path, string fileName, IProgress<ImportProgress>? progress,
        string? actor, CancellationToken ct)
    {
        ImportKinds.TryParse(kind, out var parsed);
        using var stream = File.OpenRead(path);
        var length = stream.Length;
        var messages = new Hosting.DemoSeeder.SyncProgress(m => progress?.Report(new(length, length, m)));
        var summary = importer.Import(parsed, stream, fileName, _options.WithActor(actor), messages, ct);
        return new(summary.ImportId, parsed.Name(), fileName, summary.Read, summary.Stored, summary.Duplicates,
            summary.Rejected);
    }
}
