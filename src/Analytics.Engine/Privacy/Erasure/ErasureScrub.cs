using System.Data;
using Dapper;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// The "everywhere" of an erasure: after the known personal fields are replaced, every text column of every table is
/// searched for the erased values (name, phone as written, e-mail, address, account) as whole words and each occurrence
/// is replaced by <see cref="ConsumerIdentity.Placeholder"/> — appeal texts, control-call comments, free-text answers,
/// quarantined raw lines, notifications, export queries. Key columns are left alone (a value there is a code, not prose),
/// and so are the tables that must not change: the hash-chained audit trail (it holds masked values only), the tombstones.
/// </summary>
internal static class ErasureScrub
{
    /// <summary>Values shorter than this are not searched for in prose: "Ли" or "12" would hit unrelated words.</summary>
    public const int MinLength = 6;

    private static readonly HashSet<string> Untouched = new(StringComparer.OrdinalIgnoreCase)
        { "audit_entry", "erasure_tombstone", "privacy_salt", "schema_version" };

    /// <summary>Replaces <paramref name="values"/> in every searchable text column; adds changed rows per table to <paramref name="changed"/>.</summary>
    public static void Run(IDbConnection c, IDbTransaction tx, IEnumerable<string> values, IDictionary<string, long> changed)
    {
        var words = Words(values);
        if (words.Count == 0) return;
        var pattern = Pattern(words);
        foreach (var (table, column) in Columns(c, tx))
        {
            var where = $"WHERE regexp_matches(\"{column}\", $p)";
            var n = c.ExecuteScalar<long>($"SELECT count(*) FROM \"{table}\" {where}", new { p = pattern }, tx);
            if (n == 0) continue;
            changed[table] = changed.TryGetValue(table, out var was) ? was + n : n;
            // A match takes the separator after it, so "Name;Phone" needs a second pass for the phone: repeat until clean.
            for (var pass = 0; pass < 8; pass++)
                if (c.Execute($"UPDATE \"{table}\" SET \"{column}\" = regexp_replace(\"{column}\", $p, " +
                              $"'\\1{ConsumerIdentity.Placeholder}\\3', 'g') {where}", new { p = pattern }, tx) == 0) break;
        }
    }

    /// <summary>The erased values searched for: trimmed, long enough to be unambiguous, each once.</summary>
    public static IReadOnlyList<string> Words(IEnumerable<string> values) =>
        [.. values.Select(v => v.Trim()).Where(v => v.Length >= MinLength && !v.Contains(@"\E", StringComparison.Ordinal)
                                                  && v != ConsumerIdentity.Placeholder)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// The DuckDB (RE2) pattern for <paramref name="words"/>: whole words only (a letter or digit on neither side),
    /// case-insensitive; \Q…\E takes each value literally. Groups 1 and 3 are the separators around the match.
    /// </summary>
    public static string Pattern(IReadOnlyList<string> words) =>
        @"(?i)(^|[^\pL\pN])(" + string.Join('|', words.Select(w => @"\Q" + w + @"\E")) + @")($|[^\pL\pN])";

    /// <summary>The same rule as <see cref="Pattern"/> for .NET (which has no \Q…\E), to search files outside the store.</summary>
    public static System.Text.RegularExpressions.Regex Matcher(IReadOnlyList<string> words) =>
        new(@"(^|[^\p{L}\p{N}])(" + string.Join('|', words.Select(System.Text.RegularExpressions.Regex.Escape)) + @")($|[^\p{L}\p{N}])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Every VARCHAR column of every base table, without key columns and untouched tables.</summary>
    public static IReadOnlyList<(string Table, string Column)> Columns(IDbConnection c, IDbTransaction? tx)
    {
        var keys = c.Query<(string, string)>("""
            SELECT table_name, unnest(constraint_column_names) FROM duckdb_constraints()
            WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND schema_name = 'main' AND database_name = current_database()
            """, transaction: tx).ToHashSet();
        return [.. c.Query<(string Table, string Column)>("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE t.table_type = 'BASE TABLE' AND c.table_schema = 'main' AND c.table_catalog = current_database()
              AND t.table_catalog = c.table_catalog AND c.data_type = 'VARCHAR'
            ORDER BY c.table_name, c.ordinal_position
            """, transaction: tx).Where(x => !Untouched.Contains(x.Table) && !keys.Contains(x))];
    }
}
