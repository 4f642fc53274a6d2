using System.Diagnostics;
using System.Text;
using DuckDB.NET.Data;

namespace Analytics.Cli.Tests.Commands;

/// <summary>
/// SIGTERM (even sent twice) during `analytics import` stops it at a batch edge with a message and exit 130 (#21.1); SIGKILL leaves a
/// store that opens, and the next command marks the run interrupted with its committed counts (#21 gaps).
/// </summary>
public class ImportInterruptTests
{
    private const int Rows = 500_000;

    [Fact]
    public void Import_StopsCleanly_OnSigterm_AndARerunConvergesToExactCounts()
    {
        var dir = TestFolders.New();
        var db = Path.Combine(dir, "store.duckdb");
        var file = Path.Combine(dir, "appeals.csv");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("Рег. номер,Код офиса,Тип потребителя,Канал,Вид обращения,Дата поступления,Тема\n");
            for (var i = 1; i <= Rows; i++) writer.Write($"A-{i:D7},OF1,ФЛ,Телефон,Жалоба,01.02.2025 10:00,Счёт\n");
        }

        using (var cli = StartCli("import", "appeals", file, "--db", db))
        {
            // Progress lines go to stderr once per committed batch: terminate after the first one.
            var first = cli.StandardError.ReadLine();
            Assert.Contains("rows read", first);
            using (var kill = Process.Start("kill", ["-TERM", cli.Id.ToString()])) kill.WaitForExit();
            // A second signal (a service manager repeating itself, Ctrl+C pressed twice) must not crash the stop.
            Thread.Sleep(200);
            using (var again = Process.Start("kill", ["-TERM", cli.Id.ToString()])) again.WaitForExit();
            var rest = cli.StandardError.ReadToEnd();
            Assert.True(cli.WaitForExit(120_000), "the import did not stop");
            Assert.Equal(130, cli.ExitCode);
            Assert.Contains("interrupted at a batch edge", rest);
            Assert.DoesNotContain("Unhandled exception", rest);
        }

        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT status || ' ' || read || ' ' || stored FROM import_run";
            var run = ((string)command.ExecuteScalar()!).Split(' ');
            Assert.Equal("interrupted", run[0]);
            Assert.True(long.Parse(run[1]) is > 0 and < Rows, $"read {run[1]}");
            Assert.Equal(0, long.Parse(run[1]) % 245_760); // whole batches
            command.CommandText = "SELECT count(*) FROM appeal";
            Assert.Equal(long.Parse(run[2]), (long)command.ExecuteScalar()!);
        }

        using (var again = StartCli("import", "appeals", file, "--db", db, "--json"))
        {
            var json = again.StandardOutput.ReadToEnd();
            again.WaitForExit();
            Assert.Equal(0, again.ExitCode);
            var summary = System.Text.Json.JsonDocument.Parse(json).RootElement;
            Assert.Equal(Rows, summary.GetProperty("read").GetInt64());
            Assert.Equal(Rows, summary.GetProperty("stored").GetInt64() + summary.GetProperty("duplicates").GetInt64());
        }
        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM appeal";
            Assert.Equal((long)Rows, (long)command.ExecuteScalar()!);
        }
    }

    [Fact]
    public void Import_KilledWithSigkill_LeavesAStoreThatOpens_TheRunInterruptedWithExactCommittedCounts()
    {
        var dir = TestFolders.New();
        var db = Path.Combine(dir, "store.duckdb");
        var file = Path.Combine(dir, "appeals.csv");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("Рег. номер,Код офиса,Тип потребителя,Канал,Вид обращения,Дата поступления,Тема\n");
            for (var i = 1; i <= Rows; i++)
            {
                // Every 500th line repeats the one before (a duplicate), every 700th has a date that is no date (rejected).
                var no = i % 500 == 0 ? i - 1 : i;
                writer.Write($"K-{no:D7},OF1,ФЛ,Телефон,Жалоба,{(i % 700 == 0 ? "31.02.2025 10:00" : "01.02.2025 10:00")},Счёт\n");
            }
        }

        using (var cli = StartCli("import", "appeals", file, "--db", db))
        {
            Assert.Contains("rows read", cli.StandardError.ReadLine()); // one batch committed
            cli.Kill(); // SIGKILL: no handler runs, the run stays 'running' in the file
            Assert.True(cli.WaitForExit(30_000));
            Assert.Equal(137, cli.ExitCode);
        }

        // The next command that opens the store finds the dead run and marks it interrupted, with its counts.
        using (var open = StartCli("audit", "verify", "--db", db, "--json"))
        {
            var json = open.StandardOutput.ReadToEnd();
            open.WaitForExit();
            Assert.True(open.ExitCode == 0, json + open.StandardError.ReadToEnd());
            Assert.True(System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("intact").GetBoolean());
        }
        using var connection = new DuckDBConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, read, stored, duplicates, rejected, id FROM import_run";
        long read, stored, duplicates, rejected, id;
        using (var reader = command.ExecuteReader())
        {
            Assert.True(reader.Read());
            Assert.Equal("interrupted", reader.GetString(0));
            (read, stored, duplicates, rejected, id) = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
            Assert.False(reader.Read());
        }
        Assert.True(read is > 0 and < Rows, $"read {read}");
        Assert.Equal(0, read % 245_760); // whole batches only
        Assert.Equal(read, stored + duplicates + rejected);
        Assert.True(duplicates > 0 && rejected > 0, $"{duplicates} duplicates, {rejected} rejected");
        command.CommandText = "SELECT count(*) FROM appeal";
        Assert.Equal(stored, (long)command.ExecuteScalar()!);
        command.CommandText = $"SELECT count(*) FROM quarantine WHERE import_id = {id}";
        Assert.Equal(rejected, (long)command.ExecuteScalar()!);
        command.CommandText = $"SELECT count(*) FROM audit_entry WHERE action = 'interrupt' AND entity_id = '{id}'";
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
    }

    /// <summary>The built CLI (this test project references it) as a child process.</summary>
    private static Process StartCli(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "analytics.dll");
        var info = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardErrorEncoding = Encoding.UTF8,
        };
        return Process.Start(info)!;
    }
}
