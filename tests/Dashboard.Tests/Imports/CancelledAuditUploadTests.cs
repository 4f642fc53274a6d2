using System.Text;
using Analytics.Engine.Actions;
using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Imports;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Imports;

/// <summary>
/// #16 (ADR 0034) through the host's own upload runner: an audits upload cancelled after its first committed batch
/// still lets the audits of that batch verify the open actions of their office (Audits:RequireReview=false), as a
/// completed upload would — the runner gets the Engine's ImportService with the host's AuditsOptions.
/// </summary>
public class CancelledAuditUploadTests
{
    private static readonly DateTime Visit = new(2026, 3, 12, 7, 5, 0, DateTimeKind.Utc);

    private static long Seed(DashboardFactory factory)
    {
        using (var c = factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, address) VALUES ('C', 'company', NULL, 'ПАО «Энергосбыт»', NULL),
                  ('B1', 'branch', 'C', 'Архангельский филиал', NULL),
                  ('O1', 'office', 'B1', 'Центральный клиентский офис', 'г. Архангельск, наб. Северной Двины, д. 60');
                """);
        Assert.True(factory.Service<UserService>().Create("sokolova.av", "Соколова Анна Викторовна", "auditor-password-7",
            [new UserRole(Roles.Auditor, null)], "admin").Succeeded);
        var forms = factory.Service<FormService>();
        Assert.True(forms.Publish(forms.CreateFromTemplate("office-visit", "office-visit")).Published);
        forms.AssignOffices("sokolova.av", ["O1"]);
        var answers = FormTemplates.Get("office-visit")!.AllItems().Where(i => i.Type == QuestionType.YesNoNa)
            .ToDictionary(i => i.Code, i => i.Code == "name_plate" ? AnswerValue.Of("no") with { Note = "Таблички нет" } : AnswerValue.Of("yes"));
        answers["visit_date"] = AnswerValue.Of("2026-03-12T10:05");
        forms.Submit(new SubmissionRequest
        {
            Id = "A-1", Form = "office-visit", OfficeCode = "O1", Source = SubmissionSource.Checklist, Auditor = "sokolova.av",
            StartedAt = Visit, FinishedAt = Visit.AddMinutes(35), SubmittedAt = Visit.AddMinutes(36), Answers = answers,
        });
        return factory.Service<AuditItemActions>().Open("A-1", "name_plate", "belov.ia", "kuznetsova.ev").Action.Id;
    }

    /// <summary>The re-audit in the first batch, then rows of the wrong width (rejected) so the cancel lands before the end.</summary>
    private static byte[] AuditsFile()
    {
        var text = new StringBuilder("id,definition_id,version,office_code,source,auditor,started_at,submitted_at,name_plate\n")
            .Append("IMP-1,office-visit,1,O1,checklist,sokolova.av,2026-04-02 08:00:00,2026-04-02 08:40:00,yes\n");
        for (var i = 0; i < 6_000; i++) text.Append("filler-").Append(i).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public async Task CancelledUpload_VerifiesTheActions_ItsCommittedAuditsReAudit()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Audits:RequireReview"] = "false",
            ["Imports:BatchSize"] = "1000",
        });
        var action = Seed(factory);
        using var cts = new CancellationTokenSource();
        var bytes = AuditsFile();
        using var upload = new MemoryStream(bytes);

        // The importer's first message is its first committed batch: the browser's cancel arrives then.
        var cancel = new SyncProgress(p => { if (p.Message is not null) cts.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            factory.Service<ImportRunner>().RunAsync("responses", upload, "audits.csv", bytes.Length, cancel, cts.Token));

        using var c = factory.Store.Open();
        Assert.Equal("interrupted", c.ExecuteScalar<string>("SELECT status FROM import_run"));
        Assert.True(c.ExecuteScalar<long>("SELECT read FROM import_run") < 6_001, "the cancel landed before the end of the file");
        Assert.Equal("verified IMP-1", c.ExecuteScalar<string>("SELECT status || ' ' || verification_ref FROM corrective_action WHERE id = $action", new { action }));
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
