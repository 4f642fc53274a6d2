using Analytics.Engine.Forms;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Forms;

public class FormServiceTests
{
    [Fact]
    public void Publish_FreezesVersion_WhenDraftChangesAfterwards()
    {
        using var temp = new TempStore();
        var service = new FormService(temp.Store);
        var id = service.CreateFromTemplate("phone-call", "call-2025");
        Assert.Equal(1, service.Publish(id, "designer").Version);

        var draft = service.Forms.Draft(id)!;
        service.SaveDraft(id, draft with { Title = new("Изменённое название") });
        Assert.Equal(2, service.Publish(id).Version);

        Assert.Equal(FormTemplates.Get("phone-call")!.Title.Ru, service.Forms.Version(id, 1)!.Definition.Title.Ru);
        Assert.Equal("Изменённое название", service.Forms.Version(id, 2)!.Definition.Title.Ru);
        Assert.Equal(2, service.Forms.Find("call-2025")!.LatestVersion);
    }

    [Fact]
    public void Publish_ReturnsIssuesAndStoresNothing_WhenValidationFails()
    {
        using var temp = new TempStore();
        var service = new FormService(temp.Store);
        var id = service.Create(TestForms.Build(TestForms.Item("q", QuestionType.Dropdown) with { Choices = [] }));

        var result = service.Publish(id);

        Assert.False(result.Published);
        Assert.Contains(result.Issues, i => i.Item == "q");
        Assert.Null(service.Forms.Version(id));
        Assert.Equal(FormStatus.Draft, service.Forms.Find(id)!.Status);
    }

    [Fact]
    public void Publish_WritesCriterionMapping_ForThePublishedVersion()
    {
        using var temp = new TempStore();
        var service = new FormService(temp.Store);
        var id = service.CreateFromTemplate("office-visit", "visit");
        service.Publish(id);

        using var c = temp.Store.Open();
        var rows = c.Query<(string Item, string Criterion, double Weight)>(
            "SELECT item_code, criterion_id, weight FROM form_item_criterion WHERE definition_id = $id AND version = 1", new { id }).ToList();
        Assert.Contains(("total_norm", "exec.office_visit", 2.0), rows);
        Assert.DoesNotContain(rows, r => r.Item == "wait_norm");   // 001 §2.1.5 is an average: judged on the queue mean
    }

    [Fact]
    public void Copy_CreatesIndependentDraft_AndArchiveHidesOriginal()
    {
        using var temp = new TempStore();
        var service = new FormService(temp.Store);
        var id = service.CreateFromTemplate("client-mailbox", "mailbox");
        var copy = service.Copy(id, "mailbox-2");
        service.Archive(id);

        Assert.Equal(["mailbox-2"], service.List().Select(f => f.Code));
        Assert.Equal(2, service.List(includeArchived: true).Count);
        Assert.EndsWith("(копия)", service.Forms.Draft(copy)!.Title.Ru);
        Assert.Throws<FormException>(() => service.Publish(id));
    }

    [Fact]
    public void Create_Throws_WhenCodeExists()
    {
        using var temp = new TempStore();
        var service = new FormService(temp.Store);
        service.CreateFromTemplate("phone-call", "same");
        var ex = Assert.Throws<FormException>(() => service.CreateFromTemplate("office-visit", "same"));
        Assert.Contains("«same»", ex.Message);
    }

    [Fact]
    public void SaveDraft_RefusesCodeChange()
    {
        using var temp = new TempStore();
        var service = new FormService(temp.Store);
        var id = service.CreateFromTemplate("phone-call", "call");
        Assert.Throws<FormException>(() => service.SaveDraft(id, service.Forms.Draft(id)! with { Code = "other" }));
    }
}
