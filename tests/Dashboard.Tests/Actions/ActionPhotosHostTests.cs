using System.Net;
using Analytics.Engine.Actions;
using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Actions;

/// <summary>
/// #16.5 through the real host: an action opened from a failed audit item shows its photo on /actions as a thumbnail
/// whose address serves the photo's bytes — to the quality specialist and the branch's own manager, not to the
/// manager of another branch.
/// </summary>
public class ActionPhotosHostTests
{
    /// <summary>A real 32×24 PNG (solid colour).</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAACAAAAAYCAIAAAAUMWhjAAAAJElEQVR4nGM4YSNHU8QwasGoBaMWjFowasGoBaMWjFowNCwAALcCZi77CyC1AAAAAElFTkSuQmCC");

    private static readonly DateTime Visit = new(2026, 3, 12, 7, 5, 0, DateTimeKind.Utc);   // 12.03.2026 10:05 in Moscow

    private static (long Action, string Evidence) Seed(DashboardFactory factory)
    {
        using (var c = factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, address) VALUES ('C', 'company', NULL, 'ПАО «Энергосбыт»', NULL),
                  ('B1', 'branch', 'C', 'Архангельский филиал', NULL), ('B2', 'branch', 'C', 'Котласский филиал', NULL),
                  ('O1', 'office', 'B1', 'Центральный клиентский офис', 'г. Архангельск, наб. Северной Двины, д. 60');
                """);
        var users = factory.Service<UserService>();
        Assert.True(users.Create("sokolova.av", "Соколова Анна Викторовна", "auditor-password-7", [new UserRole(Roles.Auditor, null)], "admin").Succeeded);
        Assert.True(users.Create("kuznetsova.ev", "Кузнецова Елена Владимировна", "quality-password-1", [new UserRole(Roles.Designer, null)], "admin").Succeeded);
        Assert.True(users.Create("belov.ia", "Белов Игорь Анатольевич", "manager-password-1", [new UserRole(Roles.BranchManager, "B1")], "admin").Succeeded);
        Assert.True(users.Create("orlova.ns", "Орлова Наталья Сергеевна", "manager-password-2", [new UserRole(Roles.BranchManager, "B2")], "admin").Succeeded);
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
            Evidence = [new EvidenceUpload("name_plate", "name_plate-1.png", "image/png", Png, Visit.AddMinutes(2))],
        });
        var action = factory.Service<AuditItemActions>().Open("A-1", "name_plate", "belov.ia", "kuznetsova.ev").Action.Id;
        using var q = factory.Store.Open();
        return (action, q.ExecuteScalar<string>("SELECT id FROM evidence WHERE submission_id = 'A-1'")!);
    }

    [Fact]
    public async Task ActionFromFailedItem_ShowsThumbnail_ServedToAllowedRoles_RefusedToAnotherBranch()
    {
        await using var factory = new DashboardFactory();
        var (action, evidence) = Seed(factory);
        var ct = TestContext.Current.CancellationToken;
        var url = $"/api/actions/{action}/photos/{evidence}";
        using var quality = await SignInClient.SignedIn(factory, "kuznetsova.ev", "quality-password-1");

        var page = await quality.GetStringAsync($"/actions?action={action}", ct);

        Assert.Contains("data-test=\"action-photos\"", page);
        Assert.Contains($"<img src=\"{url}\"", page);
        Assert.Contains("name_plate-1.png · снято 12.03.2026 10:07", page);        // capture time in Moscow, dd.MM.yyyy HH:mm
        foreach (var client in new[] { quality, await SignInClient.SignedIn(factory, "belov.ia", "manager-password-1") })
        {
            var photo = await client.GetAsync(url, ct);
            Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
            Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Png, await photo.Content.ReadAsByteArrayAsync(ct));
        }
        using var otherBranch = await SignInClient.SignedIn(factory, "orlova.ns", "manager-password-2");
        Assert.Equal(HttpStatusCode.NotFound, (await otherBranch.GetAsync(url, ct)).StatusCode);
        Assert.DoesNotContain("action-photos", await otherBranch.GetStringAsync($"/actions?action={action}", ct));
        // Only the action's own item's photos: an unknown evidence id is refused even to the specialist.
        Assert.Equal(HttpStatusCode.NotFound, (await quality.GetAsync($"/api/actions/{action}/photos/A-1-x", ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await SignInClient.Anonymous(factory).GetAsync(url, ct)).StatusCode);
    }
}
