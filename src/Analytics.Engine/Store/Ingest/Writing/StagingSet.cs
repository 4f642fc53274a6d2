using Analytics.Engine.Store.Ingest.Parsing;
using Analytics.Engine.Store.Ingest.Schemas;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Ingest.Writing;

/// <summary>
/// One batch's staging tables (rows, rejects, child rows) in the import's in-memory staging database, filled by the
/// parsing thread through Appenders and read by the merging thread. Two sets take turns, so one batch is parsed while
/// the previous one is merged.
/// </summary>
internal sealed class StagingSet : IDisposable
{
    private readonly List<string> _ddl = [];
    private readonly StagingAppender _main;
    private readonly StagingAppender _rejects;
    private readonly StagingAppender[] _children;
    private readonly FieldValue[] _rejectRow = new FieldValue[3];

    /// <param name="connection">The parsing thread's connection; the Appenders live on it.</param>
    /// <param name="database">The attached in-memory database the tables live in.</param>
    /// <param name="index">0 or 1: which of the two sets.</param>
    /// <param name="schema">The kind being imported.</param>
    public StagingSet(DuckDBConnection connection, string database, int index, KindSchema schema)
    {
        var stored = schema.Fields.Where(f => !f.NotStored).ToList();
        Main = $"{database}.stage_{index}";
        Rejects = $"{database}.reject_{index}";
        Children = [.. schema.Children.Select((_, i) => $"{database}.child_{index}_{i}")];

        Create(connection, Main, stored.Select(f => (f.Column, f.Type)));
        Create(connection, Rejects, [("column_name", FieldType.Text), ("reason", FieldType.Text), ("raw", FieldType.Text)]);
        for (var i = 0; i < schema.Children.Count; i++) Create(connection, Children[i], schema.Children[i].Columns);

        _main = new StagingAppender(connection, Main, [.. stored.Select(f => f.Type)]);
        _rejects = new StagingAppender(connection, Rejects, [FieldType.Text, FieldType.Text, FieldType.Text]);
        _children = [.. schema.Children.Select((c, i) => new StagingAppender(connection, Children[i], [.. c.Columns.Select(x => x.Type)]))];
    }

    /// <summary>Qualified names of the tables, for the merge SQL.</summary>
    public string Main { get; }
    public string Rejects { get; }
    public IReadOnlyList<string> Children { get; }

    /// <summary>Rows and rejects staged since the last reset.</summary>
    public long Read { get; private set; }

    public long MainRows => _main.Rows;

    public long RejectRows => _rejects.Rows;

    public void Stage(long line, ReadOnlySpan<FieldValue> storedValues)
    {
        Read++;
        _main.Append(line, storedValues);
    }

    public void StageChild(int child, long line, ReadOnlySpan<FieldValue> values) => _children[child].Append(line, values);

    public void Reject(long line, string? column, string reason, string? raw)
    {
        Read++;
        _rejectRow[0] = column is null ? FieldValue.Null(FieldType.Text) : FieldValue.Of(column);
        _rejectRow[1] = FieldValue.Of(reason);
        _rejectRow[2] = raw is null ? FieldValue.Null(FieldType.Text) : FieldValue.Of(raw);
        _rejects.Append(line, _rejectRow);
    }

    /// <summary>Makes what was appended visible to the merging thread.</summary>
    public void Flush()
    {
        _main.Flush();
        _rejects.Flush();
        foreach (var child in _children) child.Flush();
    }

    /// <summary>
    /// Empties the set after its batch is merged. Recreated rather than emptied: DuckDB keeps counting deleted rows in
    /// a table's cardinality estimate, and a staging table that looks larger than the target makes the classifying
    /// join build its hash table on the target (every column of every stored row) instead of on the batch.
    /// </summary>
    public void Reset(DuckDBConnection connection)
    {
        connection.Execute(string.Join("; ", _ddl));
        Read = 0;
        _main.ResetRows();
        _rejects.ResetRows();
        foreach (var child in _children) child.ResetRows();
    }

    private void Create(DuckDBConnection connection, string table, IEnumerable<(string Column, FieldType Type)> columns)
    {
        var ddl = $"CREATE OR REPLACE TABLE {table} (line BIGINT, {string.Join(", ", columns.Select(c => $"{MergeSql.Q(c.Column)} {StagingAppender.SqlType(c.Type)}"))})";
        connection.Execute(ddl);
        _ddl.Add(ddl);
    }

    public void Dispose()
    {
        _main.Dispose();
        _rejects.Dispose();
        foreach (var child in _children) child.Dispose();
    }
}
