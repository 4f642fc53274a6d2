using System.Net;
using Analytics.Engine.Forms;

namespace SurveyDesigner.Tests.Pages;

public class ChecklistPageTests : PageHostTest
{
    protected override void Seed(FormService forms)
    {
        forms.Publish(forms.CreateFromTemplate("office-visit", "visit"));
        var stands = forms.CreateFromTemplate("information-stands", "stands");
        forms.Publish(stands);
        forms.Forms.SetOffices(stands, ["OF3"]);
        forms.AssignOffices("anna", ["OF1", "OF3"]);
    }

    [Fact]
    public async Task Runner_RendersOfflineForm_ForAssignedOffice()
    {
        var response = await Send(HttpMethod.Get, "/checklist/visit/OF1", "anna", "Auditor");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-runner", html);
        Assert.Contains("checklist-runner.js", html);
        Assert.Contains("data-stopwatch=\"start\"", html);
        Assert.Contains("capture=\"environment\"", html);
        Assert.Contains("Пункт стандарта: 002 §7.2.1", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
    }

    [Fact]
    public async Task Runner_Refuses_OfficeNotAssigned()
    {
        var html = await (await Send(HttpMethod.Get, "/checklist/visit/OF2", "anna", "Auditor")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("не закреплён за вами", html);
        Assert.DoesNotContain("data-runner", html);
    }

    [Fact]
    public async Task Runner_RequiresAuditorRole()
    {
        var anonymous = await Send(HttpMethod.Get, "/checklist/visit/OF1");
        var client = await Send(HttpMethod.Get, "/checklist/visit/OF1", "bob", "Executive");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, client.StatusCode);
    }

    [Fact]
    public async Task Home_OffersChecklist_OnlyAtOfficesItIsPublishedTo()
    {
        var html = await (await Send(HttpMethod.Get, "/checklist", "anna", "Auditor")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("href=\"checklist/visit/OF1\"", html);
        Assert.Contains("href=\"checklist/visit/OF3\"", html);
        Assert.Contains("href=\"checklist/stands/OF3\"", html);
        Assert.DoesNotContain("checklist/stands/OF1", html);
        Assert.Contains("data-auditor=\"anna\"", html);
    }

    [Fact]
    public async Task Runner_Refuses_ChecklistNotPublishedToOffice()
    {
        var html = await (await Send(HttpMethod.Get, "/checklist/stands/OF1", "anna", "Auditor")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("не назначен офису", html);
        Assert.DoesNotContain("data-runner ", html);
    }
}
