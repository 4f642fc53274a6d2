using Analytics.Engine.Store.Ingest.Schemas;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Ingest.Writing;

/// <summary>What one committed batch added to the summary.</summary>
internal readonly record struct BatchCounts(long Read, long Stored, long Duplicates, long Rejected, IReadOnlyList<ImportReject> Conflicts);

/// <summary>
/// Merges a staged batch into the store in one transaction together with its quarantine rows and the run's
/// counters — so a crash leaves either the whole batch or none of it, and re-running converges (stored rows come
/// back as duplicates).
/// </summary>
internal sealed class BatchWriter
{
    private readonly DuckDBConnection _connection;
    private readonly long _importId;
    private readonly string _kind;
    private readonly string _fileName;
    private readonly int _rejectsListed;
    private readonly Dictionary<StagingSet, MergeSql> _sql = [];

    /// <param name="connection">The merging thread's connection.</param>
    /// <param name="schema">The kind being imported.</param>
    /// <param name="sets">The staging sets it will be handed.</param>
    /// <param name="importId">The run the rows and rejects belong to.</param>
    /// <param name="fileName">For the quarantine rows.</param>
    /// <param name="rejectsListed">How many conflicts a batch reports by line.</param>
    public BatchWriter(DuckDBConnection connection, KindSchema schema, IEnumerable<StagingSet> sets, long importId, string fileName, int rejectsListed)
    {
        _connection = connection;
        _importId = importId;
        _kind = schema.Kind.Name();
        _fileName = fileName;
        _rejectsListed = rejectsListed;
        var stored = schema.Fields.Where(f => !f.NotStored).Select(f => f.Column).ToList();
        var targetTypes = ColumnTypes(schema.Table);
        foreach (var set in sets) _sql[set] = new MergeSql(schema, set, stored, targetTypes, ColumnTypes);
    }

    /// <summary>Merges everything staged in <paramref name="set"/> in one transaction.</summary>
    public BatchCounts Commit(StagingSet set)
    {
        var sql = _sql[set];
        var parameters = new { id = _importId, kind = _kind, file = _fileName };

        var (counts, insert, newLines) = Classify(sql, set);
        var conflicts = _connection.Query<(long Line, string Column, string Reason)>(sql.Conflicts + $" ORDER BY line LIMIT {_rejectsListed}", parameters)
            .Select(c => new ImportReject(c.Line, c.Column, c.Reason)).ToList();
        var conflictCount = counts.Total - counts.Stored - counts.Duplicates;
        var result = new BatchCounts(set.Read, counts.Stored, counts.Duplicates, set.RejectRows + conflictCount, conflicts);

        using (var tx = _connection.BeginTransaction())
        {
            if (insert is not null) _connection.Execute(insert, parameters, tx);
            foreach (var child in sql.ChildInserts) _connection.Execute(child.Replace(MergeSql.NewLinesToken, newLines), parameters, tx);
            if (set.RejectRows > 0) _connection.Execute(sql.Quarantine, parameters, tx);
            if (conflictCount > 0)
                _connection.Execute($"INSERT INTO quarantine (import_id, kind, file_name, line, column_name, reason, raw) SELECT $id, $kind, $file, line, column_name, reason, raw FROM ({sql.Conflicts})", parameters, tx);
            _connection.Execute("""
                UPDATE import_run SET read = read + $read, stored = stored + $stored, duplicates = duplicates + $duplicates,
                    rejected = rejected + $rejected WHERE id = $id
                """, new { id = _importId, read = result.Read, stored = result.Stored, duplicates = result.Duplicates, rejected = result.Rejected }, tx);
            tx.Commit();
        }
        return result;
    }

    /// <summary>
    /// Fills <c>ingest_cls</c> and says what to insert. A batch whose keys are all distinct (the usual case, checked
    /// with one aggregate) only needs its rows that match the store classified; the rest go in as they are staged.
    /// </summary>
    private ((long Stored, long Duplicates, long Total) Counts, string? Insert, string NewLines) Classify(MergeSql sql, StagingSet set)
    {
        if (_connection.ExecuteScalar<bool>(sql.HasRepeats))
        {
            _connection.Execute(sql.Classify);
            return (_connection.QuerySingle<(long, long, long)>(sql.Counts), sql.Insert, MergeSql.NewLinesClassified);
        }
        _connection.Execute(sql.ClassifyStored);
        var (matched, duplicates) = _connection.QuerySingle<(long, long)>("SELECT count(*), count_if(h = h_store) FROM ingest_cls");
        var staged = set.MainRows;
        var insert = matched == staged ? null : matched == 0 ? sql.InsertAllStaged : sql.InsertUnmatched;
        return ((staged - matched, duplicates, staged), insert, sql.NewLinesUnmatched);
    }

    private IReadOnlyDictionary<string, string> ColumnTypes(string table) =>
        _connection.Query<(string Name, string Type)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = $t",
            new { t = table })
            .ToDictionary(c => c.Name, c => c.Type);
}
