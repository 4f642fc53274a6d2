using Dapper;

namespace Analytics.Engine.Store;

/// <summary>Cheap questions the host asks the store at start and for its health check.</summary>
public sealed class StoreProbe(AnalyticsStore store)
{
    /// <summary>Empty: no organisation and no appeals (the demo generator refuses to write over appeals).</summary>
    public bool IsEmpty()
    {
        using var connection = store.Open();
        return connection.ExecuteScalar<long>("SELECT (SELECT count(*) FROM org_unit) + (SELECT count(*) FROM appeal)") == 0;
    }

    /// <summary>
    /// The schema version when the store answers a query; null with the reason when it does not (locked by another
    /// process, or DuckDB refused), so the host need not know DuckDB's exception types.
    /// </summary>
    public (int? Version, Exception? Error) Answer()
    {
        try
        {
            using var connection = store.Open();
            return (connection.ExecuteScalar<int?>("SELECT max(version) FROM schema_version"), null);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            return (null, ex);
        }
    }

    /// <summary>True for the exceptions by which the store refuses work (lock held elsewhere, DuckDB error).</summary>
    public static bool IsStoreFailure(Exception ex) => ex is StoreLockedException or DuckDB.NET.Data.DuckDBException;
}
