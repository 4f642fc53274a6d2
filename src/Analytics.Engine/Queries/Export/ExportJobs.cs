using Analytics.Engine.Store;
using Analytics.Engine.Access;
using Dapper;

namespace Analytics.Engine.Queries.Export;

/// <summary>One background export: who asked, what, in which scope, how far it has got, and its file.</summary>
public sealed record ExportJobRow(long Id, string UserName, string Kind, string Query, string Format, string? ScopeBranch,
    bool SeesPersonal, string Language, string State, DateTime CreatedAt, DateTime? FinishedAt, long RowsWritten,
    long? RowsTotal, string? FilePath, long? SizeBytes, string? Message)
{
    /// <summary>The requester's scope as it was at the request; the job applies exactly that.</summary>
    public BranchScope Scope => new(UserName, ScopeBranch, SeesPersonal);

    public string FileName => $"records-{Kind}-{Id}.{Format}";
}

/// <summary>The <c>export_job</c> table (migration 020).</summary>
public sealed class ExportJobs(AnalyticsStore store, TimeProvider clock)
{
    private const string Columns = """
        id AS Id, user_name AS UserName, kind AS Kind, query AS Query, format AS Format, scope_branch AS ScopeBranch,
        sees_personal AS SeesPersonal, language AS Language, state AS State, created_at AS CreatedAt,
        finished_at AS FinishedAt, rows_written AS RowsWritten, rows_total AS RowsTotal, file_path AS FilePath,
        size_bytes AS SizeBytes, message AS Message
        """;

    public long Create(BranchScope scope, string kind, string query, string format, string language)
    {
        using var c = store.Open();
        return c.ExecuteScalar<long>("""
            INSERT INTO export_job (user_name, kind, query, format, scope_branch, sees_personal, language, created_at)
            VALUES ($user, $kind, $query, $format, $branch, $personal, $language, $at) RETURNING id
            """, new { user = scope.UserName, kind, query, format, branch = scope.Branch, personal = scope.SeesPersonalData,
            language, at = clock.GetUtcNow().UtcDateTime });
    }

    public ExportJobRow? Get(long id)
    {
        using var c = store.Open();
        return c.QuerySingleOrDefault<ExportJobRow>($"SELECT {Columns} FROM export_job WHERE id = $id", new { id });
    }

    /// <summary>A user's jobs, newest first.</summary>
    public IReadOnlyList<ExportJobRow> ForUser(string userName, int take = 100)
    {
        using var c = store.Open();
        return [.. c.Query<ExportJobRow>($"SELECT {Columns} FROM export_job WHERE user_name = $userName ORDER BY id DESC LIMIT $take",
            new { userName, take })];
    }

    public void Started(long id, long total) => Update("state = 'running', rows_total = $total, message = NULL", new { id, total });

    public void Progress(long id, long written) => Update("rows_written = $written", new { id, written });

    /// <summary>
    /// The file is done. When a consumer was erased while the job ran, the file may hold what the erasure removed: it
    /// is deleted and the job expires with the erasure's reason, as finished files do at the erasure (ADR 0021).
    /// </summary>
    public void Completed(long id, long written, string path, long size)
    {
        using (var c = store.Open())
        {
            var erasedMeanwhile = c.ExecuteScalar<long>("""
                SELECT count(*) FROM audit_entry a, export_job j
                WHERE j.id = $id AND a.action = 'erase' AND a.entity_kind = 'consumer' AND a.at_utc >= j.created_at
                """, new { id }) > 0;
            if (erasedMeanwhile)
            {
                if (File.Exists(path)) File.Delete(path);
                Update("state = 'expired', rows_written = $written, file_path = NULL, finished_at = $at, message = $message",
                    new { id, written, at = clock.GetUtcNow().UtcDateTime, message = Privacy.Erasure.ConsumerErasure.ExportsErasedMessage });
                return;
            }
        }
        Update("state = 'completed', rows_written = $written, file_path = $path, size_bytes = $size, finished_at = $at",
            new { id, written, path, size, at = clock.GetUtcNow().UtcDateTime });
    }

    public void Failed(long id, string message) => Update("state = 'failed', message = $message, finished_at = $at",
        new { id, message, at = clock.GetUtcNow().UtcDateTime });

    /// <summary>Jobs created before <paramref name="before"/> that still hold a file or are not yet expired.</summary>
    public IReadOnlyList<ExportJobRow> OlderThan(DateTime before)
    {
        using var c = store.Open();
        return [.. c.Query<ExportJobRow>($"SELECT {Columns} FROM export_job WHERE created_at < $before AND state <> 'expired'", new { before })];
    }

    public void Expired(long id) => Update("state = 'expired', file_path = NULL", new { id });

    private void Update(string set, object args)
    {
        using var c = store.Open();
        c.Execute($"UPDATE export_job SET {set} WHERE id = $id", args);
    }
}
