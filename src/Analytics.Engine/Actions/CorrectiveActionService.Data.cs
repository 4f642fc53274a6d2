using Analytics.Engine.Store;
using DuckDB.NET.Data;

namespace Analytics.Engine.Actions;

// Row mapping and small ADO.NET helpers: DateOnly columns are read by hand rather than through Dapper's type map.
public sealed partial class CorrectiveActionService
{
    private const string SelectColumns = """
        SELECT id, source_kind, source_ref, title, description, office_code, branch_code, owner, due_on, status,
               verification_kind, verification_ref, verified_on, evidence, created_at, created_by, completed_on
        FROM corrective_action
        """;

    private static CorrectiveAction? Get(DuckDBConnection connection, long id)
    {
        using var command = Command(connection, SelectColumns + " WHERE id = $id", ("id", id));
        return ReadAll(command).FirstOrDefault();
    }

    private static CorrectiveAction? Find(DuckDBConnection connection, ActionSource source, string sourceRef)
    {
        using var command = Command(connection, SelectColumns + " WHERE source_kind = $source AND source_ref = $ref",
            ("source", ActionWorkflow.ToCode(source)), ("ref", sourceRef));
        return ReadAll(command).FirstOrDefault();
    }

    private static List<CorrectiveAction> ReadAll(DuckDBCommand command)
    {
        using var r = command.ExecuteReader();
        var list = new List<CorrectiveAction>();
        while (r.Read())
        {
            list.Add(new CorrectiveAction(
                r.GetInt64(0), ActionWorkflow.ParseSource(r.GetString(1)), r.GetString(2), r.GetString(3),
                Text(r, 4), Text(r, 5), Text(r, 6), r.GetString(7), r.GetFieldValue<DateOnly>(8),
                ActionWorkflow.ParseStatus(r.GetString(9)), ActionWorkflow.ParseVerification(Text(r, 10)), Text(r, 11),
                r.IsDBNull(12) ? null : r.GetFieldValue<DateOnly>(12), Text(r, 13), r.GetDateTime(14), r.GetString(15),
                r.IsDBNull(16) ? null : r.GetFieldValue<DateOnly>(16)));
        }
        return list;
    }

    private static string? Text(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void AddEvent(DuckDBConnection connection, long id, DateTime at, string actor, ActionStatus? from, ActionStatus to, string? note)
    {
        var seq = Scalar<int>(connection, "SELECT coalesce(max(seq), 0) + 1 FROM corrective_action_event WHERE action_id = $id", ("id", id));
        Execute(connection, """
            INSERT INTO corrective_action_event (action_id, seq, happened_at, actor, from_status, to_status, note)
            VALUES ($id, $seq, $at, $actor, $from, $to, $note)
            """,
            ("id", id), ("seq", seq), ("at", at), ("actor", actor),
            ("from", from is { } f ? ActionWorkflow.ToCode(f) : null), ("to", ActionWorkflow.ToCode(to)), ("note", note));
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return command;
    }

    private static int Execute(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static T Scalar<T>(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
