using System.Security.Claims;
using Analytics.Engine.Audit;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SurveyDesigner.Pages.Designer;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Pages.Designer;

/// <summary>#21.5 gap: a form created on /designer/new is recorded in the audit trail with the signed-in designer, not "system".</summary>
public sealed class FormCreateAuditTests : ComponentTest
{
    private readonly TempForms _temp = new();

    public FormCreateAuditTests()
    {
        Services.AddSingleton(_temp.Forms);
        var auth = this.AddAuthorization();
        auth.SetAuthorized("designer1");
        auth.SetRoles("Designer");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "designer1"));
        Render<MudBlazor.MudPopoverProvider>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _temp.Dispose();
    }

    [Fact]
    public void CreateFromTemplate_IsRecordedWithTheSignedInDesigner()
    {
        var cut = Render<FormCreate>();
        cut.Find("input").Change("my-form");
        cut.FindAll("button").Single(b => b.TextContent.Contains("Создать черновик")).Click();

        var entry = Assert.Single(new AuditTrail(_temp.Store).List(new AuditFilter(EntityKind: AuditKinds.Form)), e => e.Action == "create");
        Assert.Equal("designer1", entry.Actor);
    }
}
