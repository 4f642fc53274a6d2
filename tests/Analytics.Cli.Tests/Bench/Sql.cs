using System.Data.Common;

namespace Analytics.Cli.Tests.Bench;

/// <summary>Plain ADO.NET reads for the baseline tests (this project does not use Dapper).</summary>
internal static class Sql
{
    public static List<object?[]> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add([.. row.Select(v => v is DBNull ? null : v)]);
        }
        return rows;
    }

    public static long Long(DbConnection connection, string sql) => Convert.ToInt64(Rows(connection, sql)[0][0]);
}
