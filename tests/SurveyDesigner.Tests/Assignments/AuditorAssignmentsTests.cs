using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SurveyDesigner.Assignments;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Assignments;

public sealed class AuditorAssignmentsTests : ComponentTest
{
    private readonly TempForms _temp = new();

    private sealed class Directory_(params (string, string)[] auditors) : IAuditorDirectory
    {
        public IReadOnlyList<(string UserName, string DisplayName)> Auditors() => auditors;
    }

    public AuditorAssignmentsTests()
    {
        Services.AddSingleton(_temp.Forms);
        using (var c = _temp.Store.Open())
        using (var command = c.CreateCommand())
        {
            command.CommandText = "INSERT INTO org_unit (code, level, name) VALUES ('OF1', 'office', 'Офис на Ленина'), ('OF2', 'office', 'Офис на Мира')";
            command.ExecuteNonQuery();
        }
        _temp.Forms.AssignOffices("anna", ["OF1"]);
    }

    private IRenderedComponent<AuditorAssignments> RenderPage()
    {
        Render<MudPopoverProvider>();
        return Render<AuditorAssignments>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _temp.Dispose();
    }

    [Fact]
    public void Render_ShowsEachAuditorWithAssignedOffices()
    {
        Services.AddSingleton<IAuditorDirectory>(new Directory_(("anna", "Анна Петрова"), ("boris", "Борис Иванов")));
        var cut = RenderPage();

        var selects = cut.FindComponents<SurveyDesigner.Offices.OfficeSelect>();
        Assert.Equal(2, selects.Count);
        Assert.Equal(["OF1"], selects[0].Instance.SelectedValues);
        Assert.Empty(selects[1].Instance.SelectedValues);
        Assert.Contains("Офис на Ленина — OF1", selects[0].Find("[data-office=OF1]").TextContent);
        Assert.Contains("Анна Петрова", cut.Markup);
    }

    [Fact]
    public async Task Assign_SavesOfficesAndSaysSo()
    {
        Services.AddSingleton<IAuditorDirectory>(new Directory_(("anna", "Анна Петрова")));
        var cut = RenderPage();
        var select = cut.FindComponent<SurveyDesigner.Offices.OfficeSelect>();

        await cut.InvokeAsync(() => select.Instance.SelectedValuesChanged.InvokeAsync(["OF1", "OF2"]));

        Assert.Equal(["OF1", "OF2"], _temp.Forms.AssignedOffices("anna").Select(o => o.Code).Order());
        Assert.Contains("Офис на Ленина — OF1, Офис на Мира — OF2", cut.Find("[data-testid=saved]").TextContent); // offices told apart by code (D13)
    }

    [Fact]
    public void Render_Warns_WhenHostHasNoDirectory()
    {
        var cut = RenderPage();
        Assert.Contains("Список аудиторов недоступен", cut.Markup);
    }
}
