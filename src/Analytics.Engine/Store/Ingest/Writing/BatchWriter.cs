using Analytics.Engine.Store.Ingest.Parsing;
using Analytics.Engine.Store.Ingest.Schemas;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Ingest.Writing;

/// <summary>What one committed batch added to the summary.</summary>
internal readonly record struct BatchCounts(long Read, long Stored, long Duplicates, long Rejected, IReadOnlyList<ImportReject> Conflicts);

/// <summary>
/// Stages rows, rejects and child rows through the Appender into temporary tables, then merges a batch into the
/// store in one transaction together with its quarantine rows and the run's counters — so a crash leaves either
/// the whole batch or none of it, and re-running converges (stored rows come back as duplicates).
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly long _importId;
    private readonly string _kind;
    private readonly string _fileName;
    private readonly int _rejectsListed;
    private readonly StagingAppender _main;
    private readonly StagingAppender _rejects;
    private readonly StagingAppender[] _children;
    private readonly MergeSql _sql;
    private readonly FieldValue[] _rejectRow = new FieldValue[3];
    private readonly List<string> _staging = [];
    private long _read;

    public BatchWriter(DuckDBConnection connection, KindSchema schema, long importId, string fileName, int rejectsListed)
    {
        _connection = connection;
        _importId = importId;
        _kind = schema.Kind.Name();
        _fileName = fileName;
        _rejectsListed = rejectsListed;
        var stored = schema.Fields.Where(f => !f.NotStored).ToList();
        StoredIndexes = [.. schema.Fields.Select((f, i) => (f, i)).Where(p => !p.f.NotStored).Select(p => p.i)];

        Create("ingest_stage", stored.Select(f => (f.Column, f.Type)));
        Create("ingest_reject", [("column_name", FieldType.Text), ("reason", FieldType.Text), ("raw", FieldType.Text)]);
        var childInserts = new List<string>();
        _children = new StagingAppender[schema.Children.Count];
        for (var i = 0; i < schema.Children.Count; i++)
        {
            var child = schema.Children[i];
            Create($"ingest_child_{i}", child.Columns);
            var types = ColumnTypes(child.Table);
            childInserts.Add(MergeSql.ChildInsert(child, i, types, types.ContainsKey("import_id")));
            _children[i] = new StagingAppender(connection, $"ingest_child_{i}", [.. child.Columns.Select(c => c.Type)]);
        }
        _sql = new MergeSql(schema, [.. stored.Select(f => f.Column)], ColumnTypes(schema.Table), childInserts);
        _main = new StagingAppender(connection, "ingest_stage", [.. stored.Select(f => f.Type)]);
        _rejects = new StagingAppender(connection, "ingest_reject", [FieldType.Text, FieldType.Text, FieldType.Text]);
    }

    /// <summary>Indexes (into the schema's fields) of the values that are staged, in staging column order.</summary>
    public int[] StoredIndexes { get; }

    public void Stage(long line, ReadOnlySpan<FieldValue> storedValues)
    {
        _read++;
        _main.Append(line, storedValues);
    }

    public void StageChild(int child, long line, ReadOnlySpan<FieldValue> values) => _children[child].Append(line, values);

    public void Reject(long line, string? column, string reason, string? raw)
    {
        _read++;
        _rejectRow[0] = column is null ? FieldValue.Null(FieldType.Text) : FieldValue.Of(column);
        _rejectRow[1] = FieldValue.Of(reason);
        _rejectRow[2] = raw is null ? FieldValue.Null(FieldType.Text) : FieldValue.Of(raw);
        _rejects.Append(line, _rejectRow);
    }

    public bool HasRows => _read > 0;

    /// <summary>Merges everything staged since the last commit in one transaction.</summary>
    public BatchCounts Commit()
    {
        _main.Flush();
        _rejects.Flush();
        foreach (var child in _children) child.Flush();
        var parameters = new { id = _importId, kind = _kind, file = _fileName };

        var (counts, insert, newLines) = Classify();
        var conflicts = _connection.Query<(long Line, string Column, string Reason)>(_sql.Conflicts + $" ORDER BY line LIMIT {_rejectsListed}", parameters)
            .Select(c => new ImportReject(c.Line, c.Column, c.Reason)).ToList();
        var conflictCount = counts.Total - counts.Stored - counts.Duplicates;
        var parseRejects = _rejects.Rows;
        var result = new BatchCounts(_read, counts.Stored, counts.Duplicates, parseRejects + conflictCount, conflicts);

        using (var tx = _connection.BeginTransaction())
        {
            if (insert is not null) _connection.Execute(insert, parameters, tx);
            foreach (var child in _sql.ChildInserts) _connection.Execute(child.Replace(MergeSql.NewLinesToken, newLines), parameters, tx);
            _connection.Execute(MergeSql.Quarantine, parameters, tx);
            if (conflictCount > 0)
                _connection.Execute($"INSERT INTO quarantine (import_id, kind, file_name, line, column_name, reason, raw) SELECT $id, $kind, $file, line, column_name, reason, raw FROM ({_sql.Conflicts})", parameters, tx);
            _connection.Execute("""
                UPDATE import_run SET read = read + $read, stored = stored + $stored, duplicates = duplicates + $duplicates,
                    rejected = rejected + $rejected WHERE id = $id
                """, new { id = _importId, read = result.Read, stored = result.Stored, duplicates = result.Duplicates, rejected = result.Rejected }, tx);
            tx.Commit();
        }
        Clear();
        return result;
    }

    /// <summary>
    /// Fills <c>ingest_cls</c> and says what to insert. A batch whose keys are all distinct (the usual case, checked
    /// with one aggregate) only needs its rows that match the store classified; the rest go in as they are staged.
    /// </summary>
    private ((long Stored, long Duplicates, long Total) Counts, string? Insert, string NewLines) Classify()
    {
        if (_connection.ExecuteScalar<bool>(_sql.HasRepeats))
        {
            _connection.Execute(_sql.Classify);
            return (_connection.QuerySingle<(long, long, long)>(_sql.Counts), _sql.Insert, MergeSql.NewLinesClassified);
        }
        _connection.Execute(_sql.ClassifyStored);
        var (matched, duplicates) = _connection.QuerySingle<(long, long)>("SELECT count(*), count_if(h = h_store) FROM ingest_cls");
        var staged = _main.Rows;
        var insert = matched == staged ? null : matched == 0 ? _sql.InsertAllStaged : _sql.InsertUnmatched;
        return ((staged - matched, duplicates, staged), insert, MergeSql.NewLinesUnmatched);
    }

    private void Clear()
    {
        _read = 0;
        // Recreated rather than emptied: DuckDB keeps counting deleted rows in a table's cardinality estimate, and a
        // staging table that looks larger than the target makes the classifying join build its hash table on the
        // target (every column of every stored row) instead of on the batch.
        _connection.Execute(string.Join("; ", _staging));
        _main.ResetRows();
        _rejects.ResetRows();
    }

    private void Create(string table, IEnumerable<(string Column, FieldType Type)> columns)
    {
        var ddl = $"CREATE OR REPLACE TEMP TABLE {table} (line BIGINT, {string.Join(", ", columns.Select(c => $"{MergeSql.Q(c.Column)} {StagingAppender.SqlType(c.Type)}"))})";
        _connection.Execute(ddl);
        _staging.Add(ddl);
    }

    private Dictionary<string, string> ColumnTypes(string table) =>
        _connection.Query<(string Name, string Type)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $t", new { t = table })
            .ToDictionary(c => c.Name, c => c.Type);

    public void Dispose()
    {
        _main.Dispose();
        _rejects.Dispose();
        foreach (var child in _children) child.Dispose();
        _connection.Execute("DROP TABLE IF EXISTS ingest_stage; DROP TABLE IF EXISTS ingest_reject; DROP TABLE IF EXISTS ingest_cls;" +
            string.Concat(Enumerable.Range(0, _children.Length).Select(i => $" DROP TABLE IF EXISTS ingest_child_{i};")));
    }
}
