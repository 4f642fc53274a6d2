using System.Diagnostics;
using Analytics.Engine.Store.Ingest.Mapping;
using Analytics.Engine.Store.Ingest.Schemas;
using Analytics.Engine.Store.Ingest.Sources;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Analytics.Engine.Store.Ingest;

/// <summary>
/// Validated, idempotent imports into the analytic store (F5). Reads CSV/XLSX/Arrow/Parquet by extension, maps
/// headers, parses and checks each row, quarantines bad rows with file, line, column and reason, and merges good
/// rows in transactional batches so that <c>Read = Stored + Duplicates + Rejected</c> and a re-import stores nothing new.
/// </summary>
/// <remarks>
/// <paramref name="audits"/>: checklist audits among imported responses are audits arriving, like a runner sync; each
/// goes through <see cref="Actions.AuditItemActions.Arrived"/> — with review off it verifies the open actions of its
/// office at once, with review on (or no options) only its approval does. That holds for the committed batches of a
/// cancelled or failed run too (<see cref="ImportedAudits"/>, ADR 0034).
/// </remarks>
public sealed class ImportService(AnalyticsStore store, ILogger<ImportService>? logger = null, AuditReview.AuditsOptions? audits = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ImportService>.Instance;

    /// <summary>Imports a file from disk.</summary>
    /// <exception cref="ImportRefusedException">The file as a whole cannot be imported; nothing was stored.</exception>
    /// <exception cref="StoreLockedException">Another process holds the store; nothing was written.</exception>
    public ImportSummary Import(ImportKind kind, string filePath, ImportOptions? options = null,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(filePath)) throw new ImportRefusedException(Analytics.Engine.Vocabulary.ImportReasons.Text("file_not_found", filePath));
        var stream = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Run(kind, Path.GetFileName(filePath), stream, filePath, options ?? new(), progress, cancellationToken);
    }

    /// <summary>Imports an uploaded stream; <paramref name="fileName"/> decides the format by its extension.</summary>
    public ImportSummary Import(ImportKind kind, Stream stream, string fileName, ImportOptions? options = null,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        Run(kind, Path.GetFileName(fileName), stream, null, options ?? new(), progress, cancellationToken);

    private ImportSummary Run(ImportKind kind, string fileName, Stream stream, string? path, ImportOptions options,
        IProgress<string>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        string? spool = null;
        // Hashed when the run ends, not before: reading a large file twice up front would delay the first batch.
        string? Sha256() => ImportRuns.Sha256Of(path, stream);
        try
        {
            using var source = RecordSources.Open(fileName, stream, path,
                () => spool = Path.Combine(Path.GetTempPath(), $"analytics-import-{Guid.NewGuid():N}{Path.GetExtension(fileName)}"),
                options, ct);
            var schema = SchemaCatalog.For(kind, source.Headers, options.Map);
            var binding = HeaderBinding.Bind(fileName, source.Headers, schema.Fields, options.Map, schema.ExtraColumnsAreItems);
            if (schema.ExtraColumnsAreItems && binding.ExtraColumns.Count == 0)
                binding.Warnings.Add("No item columns: the responses have no answers.");

            using var connection = store.Open();
            var importId = ImportRuns.Start(connection, kind.Name(), fileName, schema.Table, string.Join("; ", source.Notes));
            ImportSummary summary;
            try
            {
                summary = Pump(connection, importId, schema, binding, source, fileName, options, progress, ct);
                ImportRuns.Finish(connection, importId, "completed", summary.Warnings.Count == 0 ? null : string.Join("\n", summary.Warnings), options.Actor, Sha256());
            }
            catch (OperationCanceledException ex) when (ex is not ImportInterruptedException)
            {
                // Whole batches only were committed; their counts are already in the run's row.
                ImportRuns.Finish(connection, importId, "interrupted", "cancelled; the committed batches are whole, re-run the file to complete it", options.Actor, Sha256());
                // Their audits are stored like those of a completed run, so they arrive now (a re-run sees them as duplicates).
                TrySettleAudits(connection, options.Actor);
                var run = connection.QuerySingle<(long Read, long Stored, long Duplicates, long Rejected)>(
                    "SELECT read, stored, duplicates, rejected FROM import_run WHERE id = $id", new { id = importId });
                _logger.LogWarning("Import {Id} of {File} interrupted after {Read} rows", importId, fileName, run.Read);
                throw new ImportInterruptedException(importId, run.Read, run.Stored, run.Duplicates, run.Rejected, ex);
            }
            catch (Exception ex)
            {
                ImportRuns.Finish(connection, importId, "failed", ex.Message, options.Actor, Sha256());
                TrySettleAudits(connection, options.Actor);
                throw;
            }
            // Outside the try: the run is completed whatever this step does; if it fails, the run stays unsettled and
            // the next import settles it (ImportedAudits).
            SettleAudits(connection, options.Actor);
            _logger.LogInformation("Imported {Kind} {File}: read {Read}, stored {Stored}, duplicates {Duplicates}, rejected {Rejected}",
                kind, fileName, summary.Read, summary.Stored, summary.Duplicates, summary.Rejected);
            return summary with { Elapsed = clock.Elapsed };
        }
        finally
        {
            stream.Dispose();
            if (spool is not null) File.Delete(spool);
        }
    }

    private ImportSummary Pump(DuckDBConnection connection, long importId, KindSchema schema, HeaderBinding binding,
        IRecordSource source, string fileName, ImportOptions options, IProgress<string>? progress, CancellationToken ct)
    {
        var rejects = new List<ImportReject>();
        var conflicts = new List<ImportReject>();
        long committedRead = 0, storedCount = 0, duplicates = 0, rejected = 0;
        var clock = Stopwatch.StartNew();
        // Runs on the merging thread, in batch order.
        void Committed(Writing.BatchCounts counts)
        {
            committedRead += counts.Read;
            storedCount += counts.Stored;
            duplicates += counts.Duplicates;
            rejected += counts.Rejected;
            conflicts.AddRange(counts.Conflicts.Take(options.MaxRejectsListed - conflicts.Count));
            progress?.Report($"{fileName}: {committedRead:N0} rows read, {storedCount:N0} stored, {duplicates:N0} duplicates, {rejected:N0} rejected ({clock.Elapsed.TotalSeconds:0.0} s)");
        }

        using var pipe = new Writing.StagingPipe(store, connection, schema, importId, fileName, options.MaxRejectsListed, Committed);
        long line = 0, read = 0, inBatch = 0;
        var converter = new RowConverter(schema, binding, options, OfficeCodes(connection, schema),
            (child, values) => pipe.Current.StageChild(child, line, values));
        var stored = pipe.StoredIndexes;
        var staged = new Parsing.FieldValue[stored.Length];
        while (source.Read())
        {
            if ((++read & 1023) == 0) ct.ThrowIfCancellationRequested();
            line = source.Line;
            var problem = source.Problem is { } p ? (source.ProblemColumn, p)
                : source.FieldCount != binding.Headers.Length
                    ? ((string?)null, Analytics.Engine.Vocabulary.ImportReasons.Text("field_count", source.FieldCount, binding.Headers.Length))
                    : converter.Convert(source);
            if (problem is { } reject)
            {
                var raw = source.RawText();
                pipe.Current.Reject(line, reject.Item1, reject.Item2, raw.Length > options.MaxRawChars ? raw[..options.MaxRawChars] + "…" : raw);
                if (rejects.Count < options.MaxRejectsListed) rejects.Add(new ImportReject(line, reject.Item1, reject.Item2));
            }
            else
            {
                for (var i = 0; i < stored.Length; i++) staged[i] = converter.Values[stored[i]];
                pipe.Current.Stage(line, staged);
            }
            if (++inBatch >= options.BatchSize)
            {
                pipe.EndBatch();
                inBatch = 0;
            }
        }
        ct.ThrowIfCancellationRequested();
        pipe.Complete();
        rejects.AddRange(conflicts);

        var warnings = new List<string>(binding.Warnings);
        if (read == 0) warnings.Add(Analytics.Engine.Vocabulary.ImportReasons.Text("no_data_rows"));
        return new ImportSummary
        {
            ImportId = importId,
            Kind = schema.Kind.Name(),
            FileName = fileName,
            Table = schema.Table,
            Format = string.Join("; ", source.Notes),
            Read = read,
            Stored = storedCount,
            Duplicates = duplicates,
            Rejected = rejected,
            Rejects = [.. rejects.OrderBy(r => r.Line).Take(options.MaxRejectsListed)],
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Checklist audits stored by this run — and by any earlier run that never got that far (cancelled, killed) — arrive
    /// as a runner sync's would (<see cref="ImportedAudits"/>, the one home of that rule).
    /// </summary>
    private void SettleAudits(DuckDBConnection connection, string? actor)
    {
        if (audits is null) return;
        var arrived = ImportedAudits.Settle(store, connection, audits, actor ?? Audit.AuditTrail.System);
        if (arrived > 0) _logger.LogInformation("{Count} imported audits arrived for their actions", arrived);
    }

    /// <summary>On a run that did not complete: its error is the one to report; a failed step is retried by the next import.</summary>
    private void TrySettleAudits(DuckDBConnection connection, string? actor)
    {
        try { SettleAudits(connection, actor); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogWarning(ex, "The imported audits of an unfinished run did not arrive; the next import retries");
        }
    }

    /// <summary>Office codes to check against, or null while no organisation is loaded (nothing to check yet).</summary>
    private static HashSet<string>? OfficeCodes(DuckDBConnection connection, KindSchema schema)
    {
        if (!schema.Fields.Any(f => f.IsOfficeCode)) return null;
        var codes = connection.Query<string>("SELECT code FROM org_unit WHERE level = 'office'").ToHashSet(StringComparer.Ordinal);
        return codes.Count == 0 ? null : codes;
    }
}
