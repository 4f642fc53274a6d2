using Analytics.Engine.Forms;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SurveyDesigner.Pages.Designer;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Pages.Designer;

public sealed class FormEditTests : ComponentTest
{
    private readonly TempForms _temp = new();

    public FormEditTests()
    {
        Services.AddSingleton(_temp.Forms);
        Render<MudBlazor.MudPopoverProvider>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _temp.Dispose();
    }

    [Fact]
    public void Publish_ShowsNamedIssues_AndPublishesNothing_WhenInvalid()
    {
        var id = _temp.Forms.Create(new FormDefinition
        {
            Code = "broken", Title = new("Сломанная"),
            Sections = [new FormSection { Code = "s1", Title = new("Раздел"), Items = [new FormItem { Code = "q1", Type = QuestionType.Dropdown, Text = new("Выбор") }] }],
        });
        var cut = Render<FormEdit>(p => p.Add(x => x.Id, id));

        cut.Find("[data-testid=publish]").Click();

        Assert.Contains("Раздел «s1», вопрос «q1»: у вопроса с выбором нет вариантов ответа.", cut.Find("[data-testid=issues]").TextContent);
        Assert.Null(_temp.Forms.Forms.Version(id));
    }

    [Fact]
    public void Publish_CreatesVersion_WhenTemplateIsValid()
    {
        var id = _temp.Forms.CreateFromTemplate("client-mailbox", "mailbox");
        var cut = Render<FormEdit>(p => p.Add(x => x.Id, id));

        cut.Find("[data-testid=publish]").Click();

        Assert.Contains("Опубликована версия 1", cut.Markup);
        Assert.Equal(1, _temp.Forms.Forms.Version(id)!.Version);
    }

    [Fact]
    public void AddItem_ThenSave_StoresDraft()
    {
        var id = _temp.Forms.CreateFromTemplate("client-mailbox", "mailbox");
        var cut = Render<FormEdit>(p => p.Add(x => x.Id, id));
        var before = _temp.Forms.Forms.Draft(id)!.AllItems().Count();

        cut.Find("[data-testid=add-item]").Click();
        cut.Find("[data-testid=save]").Click();

        Assert.Equal(before + 1, _temp.Forms.Forms.Draft(id)!.AllItems().Count());
    }

    [Fact]
    public void CriticalItem_IsTickedOnAChecklist_AndSurvivesSaveAndPublish()
    {
        var id = _temp.Forms.Create(new FormDefinition
        {
            Code = "visit", Title = new("Проверка офиса"), Kind = FormKind.Checklist,
            Sections = [new FormSection { Code = "s1", Title = new("Безопасность"), Items =
            [
                new FormItem { Code = "exit", Type = QuestionType.YesNoNa, Text = new("Запасной выход свободен?"), Scored = true },
                new FormItem { Code = "note", Type = QuestionType.ShortText, Text = new("Замечания") },
            ] }],
        });
        var cut = Render<FormEdit>(p => p.Add(x => x.Id, id));
        // Only the yes/no item offers it: the case trigger reads a "no".
        Assert.Single(cut.FindAll("[data-testid=item-critical]"));

        cut.Find("input[data-testid=item-critical]").Change(true);
        cut.Find("[data-testid=save]").Click();
        Assert.True(_temp.Forms.Forms.Draft(id)!.AllItems().Single(i => i.Code == "exit").Critical);

        cut.Find("[data-testid=publish]").Click();
        Assert.True(_temp.Forms.Forms.Version(id)!.Definition.AllItems().Single(i => i.Code == "exit").Critical);
        // The stored version's JSON is what the case trigger reads (form_version.json, property "critical").
        using (var c = _temp.Store.Open())
        {
            using var read = c.CreateCommand();
            read.CommandText = $"SELECT json FROM form_version WHERE definition_id = '{id}' AND version = 1";
            var json = (string)read.ExecuteScalar()!;
            Assert.True(FormJson.Deserialize(json).AllItems().Single(i => i.Code == "exit").Critical);
            Assert.Contains("\"critical\"", json, StringComparison.Ordinal);
        }

        // Unticked and saved: the flag is gone from the draft.
        cut.Find("input[data-testid=item-critical]").Change(false);
        cut.Find("[data-testid=save]").Click();
        Assert.False(_temp.Forms.Forms.Draft(id)!.AllItems().Single(i => i.Code == "exit").Critical);
    }

    [Fact]
    public void CriticalItem_IsNotOfferedOnAQuestionnaire()
    {
        var id = _temp.Forms.CreateFromTemplate("client-satisfaction", "csat");
        Assert.Equal(FormKind.Questionnaire, _temp.Forms.Forms.Draft(id)!.Kind);
        var cut = Render<FormEdit>(p => p.Add(x => x.Id, id));
        Assert.Empty(cut.FindAll("[data-testid=item-critical]"));
    }

    [Fact]
    public void Invitations_IssueSingleUseLinks_ForPublishedQuestionnaire()
    {
        var id = _temp.Forms.CreateFromTemplate("client-satisfaction", "csat");
        _temp.Forms.Publish(id);
        var cut = Render<FormEdit>(p => p.Add(x => x.Id, id));

        cut.Find("[data-testid=issue]").Click();

        var links = cut.Find("[data-testid=invitations] textarea").TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, links.Length);
        Assert.All(links, l => Assert.Contains("/q/csat?t=", l));
    }

    [Fact]
    public void Findings_AreShownOnTheirItems_AndGoAwayWhenFixed()
    {
        var yes = (string code) => new FormItem { Code = code, Type = QuestionType.YesNoNa, Text = new("Пункт"), Scored = true };
        var id = _temp.Forms.Create(new FormDefinition
        {
            Code = "dups", Kind = FormKind.Checklist, Title = new("Повторы"),
            Sections = [new FormSection { Code = "s1", Title = new("Раздел"), Items = [yes("q1"), yes("q1")] }],
        });
        var cut = Render<FormEdit>(p => p.Add(x => x.Id, id));

        cut.Find("[data-testid=publish]").Click();
        Assert.Equal(2, cut.FindAll("[data-testid=item-issue]").Count);
        Assert.NotEmpty(cut.FindAll("[data-testid=go-to-issue]"));

        cut.FindAll("input[data-testid=item-code]")[1].Change("q2");

        Assert.Empty(cut.FindAll("[data-testid=issues]"));
        Assert.Empty(cut.FindAll("[data-testid=item-issue]"));
        cut.Find("[data-testid=publish]").Click();
        Assert.Equal(1, _temp.Forms.Forms.Version(id)!.Version);
    }

    [Fact]
    public void GoToFinding_OpensTheSectionOfTheItem()
    {
        var id = _temp.Forms.Create(new FormDefinition
        {
            Code = "two", Kind = FormKind.Checklist, Title = new("Два раздела"),
            Sections =
            [
                new FormSection { Code = "s1", Title = new("Первый"), Items = [new FormItem { Code = "a", Type = QuestionType.YesNoNa, Text = new("А"), Scored = true }] },
                new FormSection { Code = "s2", Title = new("Второй"), Items = [new FormItem { Code = "b", Type = QuestionType.Dropdown, Text = new("Б") }] },
            ],
        });
        var cut = Render<FormEdit>(p => p.Add(x => x.Id, id));
        bool Open(int i) => cut.FindAll("[data-testid=section-panel]")[i].ClassList.Contains("mud-panel-expanded");
        Assert.False(Open(1));

        cut.Find("[data-testid=publish]").Click();
        cut.Find("[data-testid=go-to-issue]").Click();

        Assert.True(Open(1));
    }

    [Fact]
    public void Criterion_OffersTheMethodologysCriteria()
    {
        var id = _temp.Forms.CreateFromTemplate("information-stands", "stands");
        var cut = Render<FormEdit>(p => p.Add(x => x.Id, id));
        Assert.Contains("value=\"inf.stands — Информационные стенды: полнота и актуальность\"", cut.Markup);
    }
}
