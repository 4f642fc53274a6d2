using System.Net;
using Analytics.Engine.Forms;

namespace SurveyDesigner.Tests.Api;

/// <summary>An auditor files audits only for assigned offices and checklists published to them.</summary>
public class ChecklistAccessApiTests
{
    private static object Audit(string id, string office, string? queuedBy = null) => new
    {
        id, form = "stands", source = "checklist", officeCode = office, queuedBy,
        answers = FormTemplates.Get("information-stands")!.AllItems().Where(i => i.Type == QuestionType.YesNoNa)
            .ToDictionary(i => i.Code, object (_) => new { text = "yes" }),
    };

    private static async Task<ApiHost> Host()
    {
        var host = await ApiHost.StartAsync();
        var stands = host.Forms.CreateFromTemplate("information-stands", "stands");
        host.Forms.Publish(stands);
        host.Forms.Forms.SetOffices(stands, ["OF1", "OF2"]);
        host.Forms.AssignOffices("anna", ["OF1", "OF3"]);
        return host;
    }

    [Fact]
    public async Task Audit_IsRefused_ForOfficeNotAssignedToAuditor()
    {
        await using var host = await Host();
        var response = await host.PostAs("anna", "Auditor", "/api/submissions", Audit("a-1", "OF2"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("не закреплён за аудитором", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(host.Forms.Submissions.Answers("a-1"));
    }

    [Fact]
    public async Task Audit_IsRefused_ForChecklistNotPublishedToOffice()
    {
        await using var host = await Host();
        var response = await host.PostAs("anna", "Auditor", "/api/submissions", Audit("a-2", "OF3"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("не назначен офису", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Audit_IsStored_ForAssignedOfficeOfChecklist()
    {
        await using var host = await Host();
        var response = await host.PostAs("anna", "Auditor", "/api/submissions", Audit("a-3", "OF1", queuedBy: "anna"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(host.Forms.Submissions.Answers("a-3"));
    }

    [Fact]
    public async Task Audit_IsRefused_WhenAnotherAuditorSendsIt()
    {
        await using var host = await Host();
        host.Forms.AssignOffices("boris", ["OF1"]);

        var response = await host.PostAs("boris", "Auditor", "/api/submissions", Audit("a-4", "OF1", queuedBy: "anna"));

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Проверку провёл аудитор «anna»", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(host.Forms.Submissions.Answers("a-4"));
    }
}
