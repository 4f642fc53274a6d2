using System.Net;
using Analytics.Engine.Forms;

namespace SurveyDesigner.Tests.Pages;

public class ChecklistPageTests : PageHostTest
{
    protected override void Seed(FormService forms)
    {
        forms.Publish(forms.CreateFromTemplate("office-visit", "visit"));
        forms.AssignOffices("anna", ["OF1"]);
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
}
