using System.Collections.Concurrent;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Ingest;

/// <summary>
/// The <c>import_run</c> rows of this process: started with the process id, finished as completed, failed or
/// interrupted. A run left 'running' by a process that is gone (killed, crashed, power cut) is marked interrupted by
/// the next import: its counts are those of its committed batches, which are whole (ADR 0002).
/// </summary>
internal static class ImportRuns
{
    /// <summary>What the audit trail records of a finished run.</summary>
    private sealed record ImportAudit(string kind, string file, string? sha256, string? table, long read, long stored, long duplicates, long rejected, string status);

    private const string AuditSql = """
        SELECT kind, file_name AS file, sha256, target_table AS "table", read, stored, duplicates, rejected, status
        FROM import_run WHERE id = $id
        """;

    private static readonly ConcurrentDictionary<long, bool> Active = new();
    private static readonly int Pid = Environment.ProcessId;

    public static long Start(DuckDBConnection connection, string kind, string fileName, string table, string format)
    {
        MarkStale(connection);
        var id = connection.ExecuteScalar<long>(
            "INSERT INTO import_run (kind, file_name, target_table, format, pid) VALUES ($kind, $file, $table, $format, $pid) RETURNING id",
            new { kind, file = fileName, table, format, pid = Pid });
        Active[id] = true;
        return id;
    }

    /// <summary>Marks 'running' runs that no live import of this process owns as interrupted; returns how many.</summary>
    public static int MarkStale(DuckDBConnection connection)
    {
        // Only one process writes to a store at a time (DuckDB's file lock), so a run of another process is not live.
        var stale = connection.Query<(long Id, int? Pid)>("SELECT id, pid FROM import_run WHERE status = 'running'")
            .Where(r => r.Pid != Pid || !Active.ContainsKey(r.Id)).Select(r => r.Id).ToList();
        foreach (var id in stale)
        {
            // The interruption is a change like a finished run: recorded with its status and committed counts, in one unit.
            using var tx = connection.BeginTransaction();
            connection.Execute("""
                UPDATE import_run SET status = 'interrupted', finished_at = current_timestamp,
                    message = 'the importing process ended before the run finished; its committed batches are whole, re-run the file to complete it'
                WHERE id = $id AND status = 'running'
                """, new { id }, tx);
            var run = connection.QuerySingle<ImportAudit>(AuditSql, new { id }, tx);
            Audit.AuditTrail.Append(connection, tx, null, "interrupt", Audit.AuditKinds.Import, id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, run);
            tx.Commit();
        }
        return stale.Count;
    }

    /// <summary>
    /// SHA-256 (hex) of the whole file, so the run and its audit entry name exactly which bytes were imported; the
    /// file is read from its path, an upload from its stream when it can seek; otherwise (or when it is gone) null.
    /// </summary>
    public static string? Sha256Of(string? path, Stream stream)
    {
        try
        {
            if (path is not null)
            {
                using var file = File.OpenRead(path);
                return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
            }
            if (!stream.CanSeek) return null;
            stream.Position = 0;
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            return null; // the run's end must still be recorded; a missing hash is visible as null
        }
    }

    public static void Finish(DuckDBConnection connection, long id, string status, string? message, string? actor = null, string? sha256 = null)
    {
        try
        {
            // The run's end and its audit entry (file, SHA-256, counts) are one unit of work.
            using var tx = connection.BeginTransaction();
            connection.Execute("""
                UPDATE import_run SET status = $status, finished_at = current_timestamp, message = $message, sha256 = coalesce($sha256, sha256)
                WHERE id = $id
                """, new { id, status, message, sha256 }, tx);
            var run = connection.QuerySingle<ImportAudit>(AuditSql, new { id }, tx);
            Audit.AuditTrail.Append(connection, tx, actor, "import", Audit.AuditKinds.Import, id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, run);
            Webhooks.WebhookOutbox.Publish(connection, tx, Webhooks.WebhookEvents.ImportFinished, new
            {
                import = id, run.kind, run.file, run.sha256, run.table, run.read, run.stored, run.duplicates, run.rejected, run.status,
            }, DateTime.UtcNow);
            tx.Commit();
        }
        finally { Active.TryRemove(id, out _); }
    }
}
