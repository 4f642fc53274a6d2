using Dapper;

namespace Analytics.Engine.Store;

/// <summary>What a starting host found left 'running' by a process that is gone.</summary>
public sealed record StaleRunsResult(int Imports, int Exports);

/// <summary>
/// Run at host start, after migrations (#21 gaps): a host that starts holds the store's writer lock, so nothing else can
/// be importing or exporting into it — every import run still 'running' was killed with its process and is marked
/// interrupted (its committed batches are whole, ADR 0002), every export job still 'running' is marked failed with a
/// message saying to request it again. Before, a killed import waited for the next import, and a killed export stayed
/// 'running' on the exports page for ever.
/// </summary>
public static class StaleRuns
{
    /// <summary>Shown on the exports page for a job the host's stop cut off.</summary>
    public const string ExportMessage = "Выгрузка прервана остановкой сервера; запросите её снова. / Interrupted by a server stop; request it again.";

    public static StaleRunsResult MarkAtStart(AnalyticsStore store, TimeProvider? clock = null)
    {
        using var connection = store.Open();
        var imports = Ingest.ImportRuns.MarkStale(connection);
        var exports = connection.Execute(
            "UPDATE export_job SET state = 'failed', finished_at = $at, message = $message WHERE state = 'running'",
            new { at = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime, message = ExportMessage });
        return new StaleRunsResult(imports, exports);
    }
}
