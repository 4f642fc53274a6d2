using System.Diagnostics;
using System.Text;
using Analytics.Engine.Actions;
using Analytics.Engine.AuditReview;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using DuckDB.NET.Data;
using static Analytics.Cli.Tests.Commands.InterruptedImportFile;

namespace Analytics.Cli.Tests.Commands;

/// <summary>
/// #16 / ADR 0034 through the CLI: SIGTERM during `analytics import responses` of an audits file. The run ends
/// `interrupted` with the exact counts of its whole batches, the store opens, and the checklist audits it stored got
/// their action step (review off: the re-audit verifies the open actions of the office) before the process ended; the
/// next import of the file completes the rest, repeats no step and ends with the file's exact counts.
/// </summary>
public class AuditImportInterruptTests
{
    // Small batches (Imports:BatchSize) keep the file small; the composition rule is the appeals file's (every 500th
    // line a duplicate of the line before, every 700th, offset 350, an impossible date).
    private const int Batch = 20_000;
    private const int Rows = 199_998;   // the last two lines are neither duplicates nor rejected: the tail audits
    private const string Header = "id,definition_id,version,office_code,source,auditor,started_at,submitted_at,dress,clean,Q1\n";

    /// <summary>
    /// Lines 1–2: re-audits of O1 (dress done, clean not) and O2 (dress not); the last two lines: re-audits that pass
    /// everything. The rest: survey responses (not audits) to make the file long enough to be interrupted.
    /// </summary>
    private static string Line(int i) => i switch
    {
        1 => "IMP-1,office-visit,1,O1,checklist,petrov,2026-04-02 08:00:00,2026-04-02 08:40:00,yes,no,\n",
        2 => "IMP-2,office-visit,1,O2,checklist,petrov,2026-04-02 11:00:00,2026-04-02 11:40:00,no,yes,\n",
        Rows - 1 => "IMP-3,office-visit,1,O1,checklist,petrov,2026-04-20 08:00:00,2026-04-20 08:40:00,yes,yes,\n",
        Rows => "IMP-4,office-visit,1,O2,checklist,petrov,2026-04-20 11:00:00,2026-04-20 11:40:00,yes,yes,\n",
        _ => $"R-{(IsDuplicate(i) ? i - 1 : i):D7},csat-office,1,O1,import,,,{(IsRejected(i) ? "2026-02-31" : "2026-03-01")} 10:00:00,,,{(IsDuplicate(i) ? i - 1 : i) % 5 + 1}\n",
    };

    /// <summary>Offices O1 and O2, the office-visit checklist, March audits with their actions open (as the Audits page opens them).</summary>
    private static string Seed(string dir)
    {
        var db = Path.Combine(dir, "store.duckdb");
        using var store = AnalyticsStore.At(db);
        new StoreMigrator(store).Migrate();
        using (var c = store.Open())
        using (var command = c.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO org_unit (code, level, name, address) VALUES
                  ('O1', 'office', 'Центральный клиентский офис', 'г. Архангельск, наб. Северной Двины, д. 60'),
                  ('O2', 'office', 'Клиентский офис г. Котлас', 'г. Котлас, ул. Мелентьева, д. 8')
                """;
            command.ExecuteNonQuery();
        }
        var forms = new FormService(store);
        forms.Publish(forms.CreateFromTemplate("office-visit", "office-visit"));
        forms.AssignOffices("ivanova", ["O1", "O2"]);
        void Audit(string id, string office, params string[] failed)
        {
            var answers = FormTemplates.Get("office-visit")!.AllItems().Where(i => i.Type == QuestionType.YesNoNa)
                .ToDictionary(i => i.Code, i => AnswerValue.Of(failed.Contains(i.Code) ? "no" : "yes"));
            var start = new DateTime(2026, 3, 12, 7, 0, 0, DateTimeKind.Utc);
            answers["visit_date"] = AnswerValue.Of("2026-03-12T10:00");
            forms.Submit(new SubmissionRequest
            {
                Id = id, Form = "office-visit", OfficeCode = office, Source = SubmissionSource.Checklist, Auditor = "ivanova",
                StartedAt = start, FinishedAt = start.AddMinutes(30), SubmittedAt = start.AddMinutes(31), Answers = answers,
            });
        }
        Audit("A-1", "O1", "dress", "clean");
        Audit("A-2", "O2", "dress");
        var actions = new AuditItemActions(store, new AuditsOptions { RequireReview = false });
        Assert.Equal(2, actions.OpenAll("A-1", "smirnova", "ivanova").Count);
        Assert.Single(actions.OpenAll("A-2", "smirnova", "ivanova"));
        return db;
    }

    [Fact]
    public void Sigterm_DuringAnAuditsImport_EndsInterruptedWithExactCounts_AndItsAuditsGetTheirActionStep()
    {
        var dir = TestFolders.New();
        var db = Seed(dir);
        var file = Path.Combine(dir, "audits.csv");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write(Header);
            for (var i = 1; i <= Rows; i++) writer.Write(Line(i));
        }

        using (var cli = StartCli(dir, "import", "responses", file, "--db", db))
        {
            Assert.Contains("rows read", cli.StandardError.ReadLine());   // one batch committed
            using (var kill = Process.Start("kill", ["-TERM", cli.Id.ToString()])) kill.WaitForExit();
            var rest = cli.StandardError.ReadToEnd();
            Assert.True(cli.WaitForExit(120_000), "the import did not stop");
            Assert.True(cli.ExitCode == 130, $"exit {cli.ExitCode}: {rest}");
            Assert.Contains("interrupted at a batch edge", rest);
            Assert.DoesNotContain("Unhandled exception", rest);
        }

        // The store opens; the run is interrupted with exactly the counts of its whole batches.
        using (var connection = Open(db))
        {
            var run = Row(connection, "SELECT status, read, stored, duplicates, rejected, id FROM import_run");
            Assert.Equal("interrupted", run[0]);
            var counts = new Counts((long)run[1], (long)run[2], (long)run[3], (long)run[4]);
            Assert.True(counts.Read is > 0 and < Rows, $"read {counts.Read}");
            Assert.Equal(0, counts.Read % Batch);
            Assert.Equal(Of(counts.Read), counts);
            Assert.Equal(counts.Stored, Scalar(connection, "SELECT count(*) FROM submission WHERE import_id IS NOT NULL"));
            Assert.Equal(counts.Rejected, Scalar(connection, $"SELECT count(*) FROM quarantine WHERE import_id = {run[5]}"));
            // The head audits were stored and got their step before the process ended: IMP-1 verified O1's dress and
            // left clean open with a note, IMP-2 left O2's dress open with a note; the run is marked settled.
            Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM submission WHERE id IN ('IMP-1', 'IMP-2')"));
            Assert.Equal(1L, Scalar(connection, $"SELECT count(*) FROM import_audit_step WHERE import_id = {run[5]}"));
            Assert.Equal("verified IMP-1", Text(connection, "SELECT status || ' ' || verification_ref FROM corrective_action WHERE source_ref = 'A-1/dress'"));
            Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM corrective_action_event e JOIN corrective_action a ON a.id = e.action_id WHERE a.source_ref = 'A-1/clean' AND e.note LIKE '%IMP-1%снова не выполнен%'"));
            Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM corrective_action_event e JOIN corrective_action a ON a.id = e.action_id WHERE a.source_ref = 'A-2/dress' AND e.note LIKE '%IMP-2%снова не выполнен%'"));
            Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM submission WHERE id IN ('IMP-3', 'IMP-4')"));
        }

        // The next import completes the file: the tail re-audits verify the rest, nothing is repeated, exact counts.
        using (var again = StartCli(dir, "import", "responses", file, "--db", db, "--json"))
        {
            var json = again.StandardOutput.ReadToEnd();
            var err = again.StandardError.ReadToEnd();
            again.WaitForExit();
            Assert.True(again.ExitCode == 1, $"exit {again.ExitCode}: {err}");   // the rejected lines are rejected again
        }
        var whole = Of(Rows);
        using (var connection = Open(db))
        {
            Assert.Equal(whole.Stored, Scalar(connection, "SELECT count(*) FROM submission WHERE import_id IS NOT NULL"));
            Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM import_run WHERE status = 'completed'"));
            Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM import_audit_step"));
            Assert.Equal("verified IMP-3", Text(connection, "SELECT status || ' ' || verification_ref FROM corrective_action WHERE source_ref = 'A-1/clean'"));
            Assert.Equal("verified IMP-4", Text(connection, "SELECT status || ' ' || verification_ref FROM corrective_action WHERE source_ref = 'A-2/dress'"));
            Assert.Equal("verified IMP-1", Text(connection, "SELECT status || ' ' || verification_ref FROM corrective_action WHERE source_ref = 'A-1/dress'"));
            Assert.Equal(3L, Scalar(connection, "SELECT count(*) FROM corrective_action_event WHERE to_status = 'verified'"));
            Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM corrective_action_event WHERE note LIKE '%снова не выполнен%'"));
        }
    }

    private static DuckDBConnection Open(string db)
    {
        var connection = new DuckDBConnection($"Data Source={db}");
        connection.Open();
        return connection;
    }

    private static object[] Row(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        Assert.False(reader.Read());
        return values;
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? Text(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    /// <summary>The built CLI as a child process, review off and small batches (as an operator's appsettings would set them).</summary>
    private static Process StartCli(string dir, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "analytics.dll");
        var info = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardErrorEncoding = Encoding.UTF8, WorkingDirectory = dir,
        };
        info.Environment["ANALYTICS_Audits__RequireReview"] = "false";
        info.Environment["ANALYTICS_Imports__BatchSize"] = Batch.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Process.Start(info)!;
    }
}
