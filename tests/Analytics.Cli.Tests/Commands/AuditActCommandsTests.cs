using Analytics.Engine.Forms;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

/// <summary><c>analytics audit act</c> / <c>audit acts</c>: the file is written and exit 0; an unknown id exits 1 naming it.</summary>
public class AuditActCommandsTests
{
    private static string StoreWithAudit()
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        using var store = AnalyticsStore.At(db);
        new StoreMigrator(store).Migrate();
        using (var c = store.Open())
        using (var command = c.CreateCommand())
        {
            command.CommandText = "INSERT INTO org_unit (code, level, name, address) VALUES ('O1', 'office', 'Центральный клиентский офис', 'г. Мурманск, ул. Полярные Зори, д. 12')";
            command.ExecuteNonQuery();
        }
        var forms = new FormService(store);
        forms.Publish(forms.CreateFromTemplate("office-visit", "office-visit"));
        forms.AssignOffices("auditor", ["O1"]);
        var answers = FormTemplates.Get("office-visit")!.AllItems().Where(i => i.Type == QuestionType.YesNoNa)
            .ToDictionary(i => i.Code, i => AnswerValue.Of(i.Code == "polite" ? "no" : "yes"));
        answers["visit_date"] = AnswerValue.Of("2026-02-10T10:00");
        var start = new DateTime(2026, 2, 10, 7, 0, 0, DateTimeKind.Utc);
        forms.Submit(new SubmissionRequest
        {
            Id = "K-1", Form = "office-visit", OfficeCode = "O1", Source = SubmissionSource.Checklist, Auditor = "auditor",
            StartedAt = start, FinishedAt = start.AddMinutes(30), SubmittedAt = start.AddMinutes(31), Answers = answers,
        });
        return db;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Act_WritesPdfAndExitsZero()
    {
        var db = StoreWithAudit();
        var pdf = Path.Combine(Path.GetDirectoryName(db)!, "act.pdf");

        var (code, _, err) = Run("audit", "act", "--submission", "K-1", "--out", pdf, "--db", db);

        Assert.True(code == 0, err);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));
    }

    [Fact]
    public void Act_ExitsOneNamingTheId_WhenUnknown()
    {
        var db = StoreWithAudit();
        var pdf = Path.Combine(Path.GetDirectoryName(db)!, "act.pdf");

        var (code, _, err) = Run("audit", "act", "--submission", "no-such-audit", "--out", pdf, "--db", db);

        Assert.Equal(1, code);
        Assert.Contains("no-such-audit", err);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void Acts_WritesZipWithOneActAndManifest()
    {
        var db = StoreWithAudit();
        var zip = Path.Combine(Path.GetDirectoryName(db)!, "acts.zip");

        var (code, output, err) = Run("audit", "acts", "--from", "2026-02-01", "--to", "2026-02-28", "--out", zip, "--db", db, "--json");

        Assert.True(code == 0, err);
        Assert.Contains("\"acts\":1", output);
        using var archive = System.IO.Compression.ZipFile.OpenRead(zip);
        Assert.Equal(["2026-02-10_O1_K-1.pdf", "manifest.json"], archive.Entries.Select(e => e.FullName).Order().ToArray());
    }

    [Fact]
    public void Acts_ExitsTwo_WhenDateIsMalformed()
    {
        var db = StoreWithAudit();

        var (code, _, err) = Run("audit", "acts", "--from", "10.02.2026", "--to", "2026-02-28", "--out", "x.zip", "--db", db);

        Assert.Equal(2, code);
        Assert.Contains("yyyy-MM-dd", err);
    }
}
