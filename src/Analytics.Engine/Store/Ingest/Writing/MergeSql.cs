using Analytics.Engine.Store.Ingest.Schemas;

namespace Analytics.Engine.Store.Ingest.Writing;

/// <summary>
/// The SQL that moves one staged batch into the store. Rows are classified against the store and against earlier
/// rows of the batch by natural key and a hash of all their values: a new key is stored; a repeat with the same
/// values is a duplicate; a repeat with different values is rejected to the quarantine (never silently dropped).
/// Identifiers come only from the compiled-in schemas, never from the input file.
/// </summary>
internal sealed class MergeSql
{
    public MergeSql(KindSchema schema, StagingSet set, IReadOnlyList<string> stagedColumns, IReadOnlyDictionary<string, string> targetTypes,
        Func<string, IReadOnlyDictionary<string, string>> childTypes)
    {
        var cols = string.Join(", ", stagedColumns.Select(Q));
        var casts = string.Join(", ", stagedColumns.Select(c => $"{Expression(schema, c)}::{targetTypes[c]} AS {Q(c)}"));
        var keys = schema.NaturalKey;
        var keyList = string.Join(", ", keys.Select(Q));
        var join = string.Join(" AND ", keys.Select(k => $"t.{Q(k)} = r.{Q(k)}"));
        var keyText = keys.Length == 1 ? $"r.{Q(keys[0])}::VARCHAR" : $"concat_ws(' / ', {string.Join(", ", keys.Select(k => $"r.{Q(k)}::VARCHAR"))})";

        var staged = $"SELECT line, {casts} FROM {set.Main}";
        var storeHash = $"hash(row({string.Join(", ", stagedColumns.Select(c => $"t.{Q(c)}"))}))";

        // A batch without repeated keys (the usual case) needs no window over the whole batch: only the rows whose key
        // is already stored are classified, with one hash join against the table; the rest are new.
        HasRepeats = $"WITH s AS ({staged}) SELECT count(*) <> count(DISTINCT ({keyList})) FROM s";
        ClassifyStored = $"""
            CREATE OR REPLACE TEMP TABLE ingest_cls AS
            WITH r AS ({staged})
            SELECT r.*, hash(row({string.Join(", ", stagedColumns.Select(c => $"r.{Q(c)}"))})) AS h, 1::BIGINT AS rn, NULL::UBIGINT AS h_first,
                   r.line AS first_line, {keyText} AS key_text, true AS found, {storeHash} AS h_store, t.import_id AS store_import
            FROM r JOIN {Q(schema.Table)} t ON {join}
            """;
        Classify = $"""
            CREATE OR REPLACE TEMP TABLE ingest_cls AS
            WITH s AS ({staged}),
            h AS (SELECT *, hash(row({cols})) AS h FROM s),
            r AS (SELECT *, row_number() OVER w AS rn, first_value(h) OVER w AS h_first, first_value(line) OVER w AS first_line
                  FROM h WINDOW w AS (PARTITION BY {keyList} ORDER BY line))
            SELECT r.*, {keyText} AS key_text, t.{Q(keys[0])} IS NOT NULL AS found,
                   CASE WHEN t.{Q(keys[0])} IS NOT NULL THEN {storeHash} END AS h_store,
                   t.import_id AS store_import
            FROM r LEFT JOIN {Q(schema.Table)} t ON {join}
            """;
        const string New = "NOT found AND rn = 1";
        const string Duplicate = "(found AND h = h_store) OR (NOT found AND rn > 1 AND h = h_first)";
        Counts = $"SELECT count_if({New}) AS stored, count_if({Duplicate}) AS duplicates, count(*) AS total FROM ingest_cls";
        var keyNames = string.Join(" + ", keys);
        var keyRef = $"'{keyNames} ' || key_text";
        Conflicts = $"""
            SELECT line, '{keyNames}' AS column_name,
              CASE WHEN found AND store_import = $id THEN {Analytics.Engine.Vocabulary.ImportReasons.Sql("conflict_same_import", keyRef)}
                   WHEN found THEN {Analytics.Engine.Vocabulary.ImportReasons.Sql("conflict_stored", keyRef, "store_import")}
                   ELSE {Analytics.Engine.Vocabulary.ImportReasons.Sql("conflict_line", keyRef, "first_line")} END AS reason,
              concat_ws(' | ', {string.Join(", ", stagedColumns.Select(Q))}) AS raw
            FROM ingest_cls WHERE NOT ({New}) AND NOT ({Duplicate})
            """;
        Insert = $"INSERT INTO {Q(schema.Table)} ({cols}, import_id) SELECT {cols}, $id FROM ingest_cls WHERE {New}";
        InsertAllStaged = $"INSERT INTO {Q(schema.Table)} ({cols}, import_id) SELECT {cols}, $id FROM ({staged})";
        InsertUnmatched = InsertAllStaged + " WHERE line NOT IN (SELECT line FROM ingest_cls)";
        ChildInserts = [.. schema.Children.Select((child, i) => ChildInsert(child, set.Children[i], childTypes(child.Table)))];
        Quarantine = $"""
            INSERT INTO quarantine (import_id, kind, file_name, line, column_name, reason, raw)
            SELECT $id, $kind, $file, line, column_name, reason, raw FROM {set.Rejects}
            """;
        NewLinesUnmatched = $"c.line IN (SELECT line FROM {set.Main}) AND c.line NOT IN (SELECT line FROM ingest_cls)";
    }

    /// <summary>One boolean: does a key occur more than once among the staged rows?</summary>
    public string HasRepeats { get; }

    /// <summary>Classifies only the staged rows whose key is stored already (for a batch without repeated keys).</summary>
    public string ClassifyStored { get; }

    /// <summary>Classifies every staged row against the store and against earlier rows of the batch.</summary>
    public string Classify { get; }
    public string Counts { get; }
    public string Conflicts { get; }
    public string Insert { get; }

    /// <summary>After <see cref="ClassifyStored"/> found nothing: every staged row is new.</summary>
    public string InsertAllStaged { get; }

    /// <summary>After <see cref="ClassifyStored"/>: the staged rows it did not match are new.</summary>
    public string InsertUnmatched { get; }
    public IReadOnlyList<string> ChildInserts { get; }

    /// <summary>Moves the parse rejects of the batch into the quarantine.</summary>

    public string Quarantine { get; }

    /// <summary>Stands in <see cref="ChildInsert"/> for the condition that selects the parents stored in this batch.</summary>
    public const string NewLinesToken = "/*new lines*/";

    /// <summary>The parents stored in this batch after <see cref="Classify"/>.</summary>
    public const string NewLinesClassified = "c.line IN (SELECT line FROM ingest_cls WHERE NOT found AND rn = 1)";

    /// <summary>
    /// The parents stored in this batch after <see cref="ClassifyStored"/>: staged (a child of a rejected row never
    /// is) and not matched in the store.
    /// </summary>
    public string NewLinesUnmatched { get; }

    /// <summary>Copies a child table's staged rows for the parents stored in this batch.</summary>
    private static string ChildInsert(ChildTable child, string staged, IReadOnlyDictionary<string, string> types)
    {
        var hasImportId = types.ContainsKey("import_id");
        var cols = string.Join(", ", child.Columns.Select(c => Q(c.Column)));
        var casts = string.Join(", ", child.Columns.Select(c => $"c.{Q(c.Column)}::{types[c.Column]}"));
        var keys = string.Join(", ", child.Key.Select(k => $"c.{Q(k)}"));
        var exists = string.Join(" AND ", child.Key.Select(k => $"x.{Q(k)} = c.{Q(k)}::{types[k]}"));
        return $"""
            INSERT INTO {Q(child.Table)} ({cols}{(hasImportId ? ", import_id" : "")})
            SELECT {casts}{(hasImportId ? ", $id" : "")} FROM {staged} c
            WHERE {NewLinesToken}
              AND NOT EXISTS (SELECT 1 FROM {Q(child.Table)} x WHERE {exists})
            QUALIFY row_number() OVER (PARTITION BY {keys} ORDER BY c.line) = 1
            """;
    }

    private static string Expression(KindSchema schema, string column)
    {
        var field = schema.Fields.First(f => f.Column == column);
        return field.SqlExpression is null ? Q(column) : string.Format(System.Globalization.CultureInfo.InvariantCulture, field.SqlExpression, Q(column));
    }

    public static string Q(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
