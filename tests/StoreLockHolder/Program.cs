using DuckDB.NET.Data;

// Usage: StoreLockHolder <store.duckdb> — opens the store read-write, prints "ready", holds it until stdin closes.
using var connection = new DuckDBConnection($"DataSource={args[0]}");
connection.Open();
Console.WriteLine("ready");
Console.Out.Flush();
Console.In.ReadToEnd();
