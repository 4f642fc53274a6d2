using System.Diagnostics;
using System.Text;
using DuckDB.NET.Data;
using static Analytics.Cli.Tests.Commands.InterruptedImportFile;

namespace Analytics.Cli.Tests.Commands;

/// <summary>
/// #21 tests: "Kill −9 and SIGTERM during a 1M-row import: exact final counts, the run marked `interrupted`, the store
/// opens." SIGTERM (even sent twice) stops `analytics import` at a batch edge with a message and exit 130 (#21.1);
/// SIGKILL leaves a store that opens, and the next command marks the run interrupted with its committed counts. Either
/// way the interrupted run's counts are exactly those of the file's first whole batches (<see cref="InterruptedImportFile"/>
/// knows the composition of every prefix), and importing the file again converges to the exact counts of the file.
/// </summary>
public class ImportInterruptTests
{
    private const int Rows = 1_000_000;
    private const long Batch = 245_760; // ImportOptions.BatchRows: two DuckDB row groups

    [Fact]
    public void Import_StopsCleanly_OnSigterm_AndARerunConvergesToExactCounts()
    {
        var (db, file) = Files("T");

        using (var cli = StartCli("import", "appeals", file, "--db", db))
        {
            // Progress lines go to stderr once per committed batch: terminate after the first one.
            Assert.Contains("rows read", cli.StandardError.ReadLine());
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

        AssertInterruptedRun(db, auditEntry: false);
        AssertRerunConverges(db, file);
    }

    [Fact]
    public void Import_KilledWithSigkill_LeavesAStoreThatOpens_TheRunInterruptedWithExactCommittedCounts()
    {
        var (db, file) = Files("K");

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
        AssertInterruptedRun(db, auditEntry: true);
        AssertRerunConverges(db, file);
    }

    [Fact]
    public void TheFilesCompositionIsWhatItClaims()
    {
        // The expected counts come from a formula; it must agree with the lines as written.
        var (_, file) = Files("C", rows: 7_000);
        var keys = new HashSet<string>();
        long stored = 0, duplicates = 0, rejected = 0;
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var fields = line.Split(',');
            if (fields[5].StartsWith("31.02", StringComparison.Ordinal)) rejected++;
            else if (!keys.Add(fields[0])) duplicates++;
            else stored++;
        }
        Assert.Equal(Of(7_000), new Counts(7_000, stored, duplicates, rejected));
        Assert.Equal(new Counts(Rows, 996_571, 2_000, 1_429), Of(Rows));
    }

    /// <summary>The store opens; its one run is 'interrupted' with exactly the counts of the file's first whole batches.</summary>
    private static void AssertInterruptedRun(string db, bool auditEntry)
    {
        using var connection = new DuckDBConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, read, stored, duplicates, rejected, id FROM import_run";
        Counts run;
        long id;
        using (var reader = command.ExecuteReader())
        {
            Assert.True(reader.Read());
            Assert.Equal("interrupted", reader.GetString(0));
            run = new Counts(reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
            id = reader.GetInt64(5);
            Assert.False(reader.Read());
        }
        Assert.True(run.Read is > 0 and < Rows, $"read {run.Read}");
        Assert.Equal(0, run.Read % Batch); // whole batches only
        Assert.Equal(Of(run.Read), run);
        Assert.Equal(run.Stored, Scalar(command, "SELECT count(*) FROM appeal"));
        Assert.Equal(run.Rejected, Scalar(command, $"SELECT count(*) FROM quarantine WHERE import_id = {id}"));
        if (auditEntry)
            Assert.Equal(1L, Scalar(command, $"SELECT count(*) FROM audit_entry WHERE action = 'interrupt' AND entity_id = '{id}'"));
    }

    /// <summary>Importing the whole file again: every line read, the file's exact counts in the store and on the run.</summary>
    private static void AssertRerunConverges(string db, string file)
    {
        var whole = Of(Rows);
        long before;
        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            before = Scalar(command, "SELECT count(*) FROM appeal");
        }
        using (var again = StartCli("import", "appeals", file, "--db", db, "--json"))
        {
            var json = again.StandardOutput.ReadToEnd();
            again.WaitForExit();
            // Exit 1: the file's rejected lines are rejected again (ExitCodes.Rejected), nothing else goes wrong.
            Assert.True(again.ExitCode == 1, $"exit {again.ExitCode}: {json[..Math.Min(json.Length, 400)]} {again.StandardError.ReadToEnd()}");
            var summary = System.Text.Json.JsonDocument.Parse(json).RootElement;
            var rerun = new Counts(summary.GetProperty("read").GetInt64(), summary.GetProperty("stored").GetInt64(),
                summary.GetProperty("duplicates").GetInt64(), summary.GetProperty("rejected").GetInt64());
            // What the interrupted run stored comes back as duplicates; the rejected lines are rejected again.
            Assert.Equal(whole with { Stored = whole.Stored - before, Duplicates = whole.Duplicates + before }, rerun);
        }
        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            Assert.Equal(whole.Stored, Scalar(command, "SELECT count(*) FROM appeal"));
            Assert.Equal(whole.Stored, Scalar(command, "SELECT count(DISTINCT register_no) FROM appeal"));
            Assert.Equal(1L, Scalar(command, "SELECT count(*) FROM import_run WHERE status = 'completed'"));
            Assert.Equal(whole.Rejected, Scalar(command,
                "SELECT count(*) FROM quarantine WHERE import_id = (SELECT id FROM import_run WHERE status = 'completed')"));
        }
    }

    private static long Scalar(DuckDBCommand command, string sql)
    {
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (string Db, string File) Files(string prefix, int rows = Rows)
    {
        var dir = TestFolders.New();
        var file = Path.Combine(dir, "appeals.csv");
        var watch = Stopwatch.StartNew();
        Write(file, rows, prefix);
        TestContext.Current.TestOutputHelper?.WriteLine($"{rows:N0} rows written in {watch.ElapsedMilliseconds} ms ({new FileInfo(file).Length:N0} bytes)");
        return (Path.Combine(dir, "store.duckdb"), file);
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
