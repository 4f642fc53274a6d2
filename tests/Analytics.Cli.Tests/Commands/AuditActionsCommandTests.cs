using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

/// <summary>
/// <c>analytics audit actions --submission ID</c> (#16.5): one action per failed item, a rerun opens nothing new, the due
/// date is the visit day + Audits:ActionDueDays, an unknown id exits 1 naming it.
/// </summary>
public class AuditActionsCommandTests
{
    /// <summary>An audit of the Murmansk office visited 10.02.2026 that failed "polite" and "clean" and passed the rest.</summary>
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
        forms.AssignOffices("sokolova", ["O1"]);
        var answers = FormTemplates.Get("office-visit")!.AllItems().Where(i => i.Type == QuestionType.YesNoNa)
            .ToDictionary(i => i.Code, i => AnswerValue.Of(i.Code is "polite" or "clean" ? "no" : "yes"));
        answers["visit_date"] = AnswerValue.Of("2026-02-10T10:00");
        var start = new DateTime(2026, 2, 10, 7, 0, 0, DateTimeKind.Utc);
        forms.Submit(new SubmissionRequest
        {
            Id = "M-1", Form = "office-visit", OfficeCode = "O1", Source = SubmissionSource.Checklist, Auditor = "sokolova",
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

    private static (string Item, long Id, string Due)[] Actions(JsonElement json) =>
        [.. json.GetProperty("actions").EnumerateArray().Select(a => (a.GetProperty("item").GetString()!, a.GetProperty("id").GetInt64(), a.GetProperty("due").GetString()!))];

    [Fact]
    public void Actions_OpensOnePerFailedItem_AndARerunOpensNothingNew()
    {
        var db = StoreWithAudit();

        var (code, output, err) = Run("audit", "actions", "--submission", "M-1", "--owner", "volkova", "--db", db, "--json");
        var (code2, output2, _) = Run("audit", "actions", "--submission", "M-1", "--db", db, "--json");

        Assert.True(code == 0, err);
        Assert.Equal(0, code2);
        var first = JsonDocument.Parse(output).RootElement;
        var second = JsonDocument.Parse(output2).RootElement;
        Assert.Equal((2, 0), (first.GetProperty("opened").GetInt32(), first.GetProperty("existing").GetInt32()));
        Assert.Equal((0, 2), (second.GetProperty("opened").GetInt32(), second.GetProperty("existing").GetInt32()));
        Assert.Equal(["clean", "polite"], Actions(first).Select(a => a.Item));                       // form order
        Assert.All(Actions(first), a => Assert.Equal("2026-03-12", a.Due));                           // 10.02 + 30 days (default)
        Assert.Equal(Actions(first), Actions(second));
    }

    [Fact]
    public void Actions_ExitsOneNamingTheId_WhenUnknown()
    {
        var db = StoreWithAudit();

        var (code, _, err) = Run("audit", "actions", "--submission", "no-such-audit", "--db", db);

        Assert.Equal(1, code);
        Assert.Contains("no-such-audit", err);
    }

    /// <summary>The due date follows ANALYTICS_Audits__ActionDueDays; a child process, so the variable reaches no other test.</summary>
    [Fact]
    public void Actions_DueDateFollowsTheSetting()
    {
        var db = StoreWithAudit();
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "analytics.dll"), "audit", "actions", "--submission", "M-1", "--db", db, "--json"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(db)!,
        };
        info.Environment["ANALYTICS_Audits__ActionDueDays"] = "7";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));

        Assert.True(process.ExitCode == 0, stdout + stderr);
        Assert.All(Actions(JsonDocument.Parse(stdout).RootElement), a => Assert.Equal("2026-02-17", a.Due));
    }
}
