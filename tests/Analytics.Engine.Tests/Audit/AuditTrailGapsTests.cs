using System.Text.Json;
using Analytics.Engine.Actions;
using Analytics.Engine.Audit;
using Analytics.Engine.Invitations;
using Analytics.Engine.Store;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Audit;

/// <summary>
/// #21.5 (gaps): run-time settings (invitation rules and templates), reassignments and imports cut off by a killed
/// process are recorded; phones and e-mails written into free text are masked in before → after.
/// </summary>
public class AuditTrailGapsTests
{
    private static IReadOnlyList<AuditEntry> Entries(TempStore temp, string kind) =>
        new AuditTrail(temp.Store).List(new AuditFilter(EntityKind: kind));

    [Fact]
    public void TemplateEdit_IsRecordedBeforeAndAfter_WithPhonesAndEmailsMasked()
    {
        using var temp = new TempStore();
        var templates = new InvitationTemplates(temp.Store);
        var before = templates.Get("sms", "invitation").Body;

        templates.Save("sms", "invitation", null, "Оцените {офис}: {ссылка} Вопросы: +7 (912) 345-67-89, help@example.ru Отказ: {отписка}", "designer1",
            new DateTime(2026, 11, 1, 9, 0, 0));

        var entry = Assert.Single(Entries(temp, AuditKinds.Setting));
        Assert.Equal(("designer1", "update", "invitation_template/sms/invitation"), (entry.Actor, entry.Action, entry.EntityId));
        Assert.Equal(before, JsonDocument.Parse(entry.BeforeJson!).RootElement.GetProperty("body").GetString());
        var after = JsonDocument.Parse(entry.AfterJson!).RootElement.GetProperty("body").GetString()!;
        Assert.Contains("Вопросы: ", after);
        Assert.DoesNotContain("345-67-89", after);
        Assert.DoesNotContain("help@example.ru", after);
        Assert.Contains("{отписка}", after);
        Assert.True(new AuditTrail(temp.Store).Verify().Intact);
    }

    [Fact]
    public void RuleSave_IsRecorded_CreateThenUpdate()
    {
        using var temp = new TempStore();
        var rules = new InvitationRules(temp.Store);

        rules.Save(new InvitationRule("r1", "После ответа", "appeal_answered", "client-satisfaction", 60, "email", []), "admin");
        rules.Save(new InvitationRule("r1", "После ответа", "appeal_answered", "client-satisfaction", 120, "email", [3]), "admin");

        var entries = Entries(temp, AuditKinds.Setting).OrderBy(e => e.Seq).ToList();
        Assert.Equal(["create", "update"], entries.Select(e => e.Action));
        Assert.Null(entries[0].BeforeJson);
        Assert.Equal(60, JsonDocument.Parse(entries[1].BeforeJson!).RootElement.GetProperty("DelayMinutes").GetInt32());
        Assert.Equal(120, JsonDocument.Parse(entries[1].AfterJson!).RootElement.GetProperty("DelayMinutes").GetInt32());
    }

    [Fact]
    public void Reassign_IsRecorded_OwnerAndDueBeforeAndAfter()
    {
        using var temp = new TempStore();
        var service = new CorrectiveActionService(temp.Store);
        var action = service.Open(new NewCorrectiveAction(ActionSource.AuditItem, "sub-1/greeting", "Оператор не представился", "petrov",
            new DateOnly(2026, 12, 1), OfficeCode: "OF-01", BranchCode: "BR-1", Verification: VerificationKind.ReAudit), "quality");

        service.Reassign(action.Id, "sidorova", new DateOnly(2026, 12, 15), "boss");

        var entry = Assert.Single(Entries(temp, AuditKinds.CorrectiveAction), e => e.Action == "reassign");
        Assert.Equal("boss", entry.Actor);
        Assert.Equal("petrov", JsonDocument.Parse(entry.BeforeJson!).RootElement.GetProperty("owner").GetString());
        var after = JsonDocument.Parse(entry.AfterJson!).RootElement;
        Assert.Equal(("sidorova", "2026-12-15"), (after.GetProperty("owner").GetString(), after.GetProperty("dueOn").GetString()));
    }

    [Fact]
    public void InterruptedImport_IsRecordedWithStatusAndCounts_WhenFoundAtStart()
    {
        using var temp = new TempStore();
        using (var c = temp.Store.Open())
            c.Execute("""
                INSERT INTO import_run (id, kind, file_name, target_table, format, started_at, status, read, stored, duplicates, rejected, pid)
                VALUES (77, 'appeals', 'big.csv', 'appeal', 'csv', '2026-11-01 10:00', 'running', 5000, 4990, 7, 3, 999999)
                """);

        Assert.Equal(1, StaleRuns.MarkAtStart(temp.Store).Imports);

        var entry = Assert.Single(Entries(temp, AuditKinds.Import));
        Assert.Equal(("system", "interrupt", "77"), (entry.Actor, entry.Action, entry.EntityId));
        var after = JsonDocument.Parse(entry.AfterJson!).RootElement;
        Assert.Equal("interrupted", after.GetProperty("status").GetString());
        Assert.Equal((5000L, 4990L, 7L, 3L), (after.GetProperty("read").GetInt64(), after.GetProperty("stored").GetInt64(),
            after.GetProperty("duplicates").GetInt64(), after.GetProperty("rejected").GetInt64()));
        Assert.Equal(0, StaleRuns.MarkAtStart(temp.Store).Imports); // nothing recorded twice
        Assert.Single(Entries(temp, AuditKinds.Import));
    }

    [Fact]
    public void FreeText_InAnyProperty_HasPhonesAndEmailsMasked_NamesOfCodesStay()
    {
        var json = AuditJson.Of(new { note = "Перезвонить 8 912 345 67 89 или ivan@example.ru", tags = new[] { "+79123456789", "OF-01" }, code = "OF-01" })!;

        Assert.DoesNotContain("345 67 89", json);
        Assert.DoesNotContain("ivan@example.ru", json);
        Assert.DoesNotContain("79123456789", json);
        Assert.Contains("Перезвонить ", json);
        Assert.Contains("\"code\":\"OF-01\"", json);
    }
}
