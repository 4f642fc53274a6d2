using Analytics.Engine.Store;
using Analytics.Engine.Access;
using Analytics.Engine.Privacy.Erasure;
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

    /// <summary>The first page is read: the job runs, with its total (kept message: a re-read says why it reads again).</summary>
    public void Started(long id, long total) => Update("state = 'running', rows_total = $total", new { id, total });

    public void Progress(long id, long written) => Update("rows_written = $written", new { id, written });

    /// <summary>Where a job's file is written until it is complete and clean: beside it, never offered for download.</summary>
    public static string Partial(string target) => target + ".partial";

    /// <summary>Reads the store at most this many times for one export when erasures keep committing during its reads.</summary>
    public const int MaxReads = 4;

    /// <summary>
    /// Writes export <paramref name="id"/>'s file and completes the job — the one way a background export finishes.
    /// <paramref name="write"/> reads the store from scratch and writes the whole file to the path it is given (a
    /// <c>.partial</c> beside <paramref name="target"/>, never offered), returning its rows. When a consumer's erasure
    /// committed while it read, the rows may hold what the erasure removed: the partial file is dropped and the store
    /// read again — same query, scope, masking and format — so the file equals an export requested after the erasure
    /// (<see cref="ErasureFence"/>; ADR 0031). The file is put in place and the job completed with no erasure able to
    /// run in between. Returns the rows written, or null when erasures kept landing for <see cref="MaxReads"/> reads:
    /// the job then failed with a Russian message saying to ask again.
    /// </summary>
    public long? Write(long id, string target, Func<string, long> write)
    {
        var partial = Partial(target);
        for (var read = 1; ; read++)
        {
            var mark = ErasureFence.Mark(store);
            var written = write(partial);
            var again = read > 1;
            if (ErasureFence.Finish(store, mark, () =>
                {
                    File.Move(partial, target, overwrite: true);
                    Update("""
                        state = 'completed', rows_written = $written, file_path = $target, size_bytes = $size, finished_at = $at,
                        message = $message
                        """, new { id, written, target, size = new FileInfo(target).Length, at = clock.GetUtcNow().UtcDateTime,
                        message = again ? ConsumerErasure.ExportRereadMessage : null });
                }))
                return written;
            File.Delete(partial);
            if (read == MaxReads)
            {
                Failed(id, ConsumerErasure.ExportGaveUpMessage(read));
                return null;
            }
            // The next read counts its rows from nothing; the page says why the bar went back.
            Update("rows_written = 0, message = $message", new { id, message = ConsumerErasure.ExportRereadingMessage });
        }
    }

    /// <summary>
    /// What a background export says when writing its file failed for any reason but cancellation (a full disk, a
    /// folder gone, a writer's own error): Russian, " / ", English, as import reasons are stored, then the cause's type
    /// and message so the log entry with the whole exception is found by it.
    /// </summary>
    public static string WriteFailedMessage(Exception cause) =>
        "выгрузка не сформирована: не удалось записать файл, запросите её снова / export failed: the file could not be written, " +
        $"request it again ({cause.GetType().Name}: {cause.Message})";

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
