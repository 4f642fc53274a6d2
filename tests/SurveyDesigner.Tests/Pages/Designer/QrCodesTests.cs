using Analytics.Engine.Forms;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SurveyDesigner.Pages.Designer;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Pages.Designer;

public sealed class QrCodesTests : ComponentTest
{
    private readonly TempForms _temp = new();

    public QrCodesTests()
    {
        Services.AddSingleton(_temp.Forms);
        using var c = _temp.Store.Open();
        using var command = c.CreateCommand();
        command.CommandText = "INSERT INTO org_unit (code, level, name) VALUES ('OF1', 'office', 'Офис на Ленина'), ('OF2', 'office', 'Офис на Мира')";
        command.ExecuteNonQuery();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _temp.Dispose();
    }

    [Fact]
    public void Render_OneCardPerPublishedOffice_WithLinkAndName()
    {
        var id = _temp.Forms.CreateFromTemplate("client-satisfaction", "csat");
        _temp.Forms.Publish(id);
        _temp.Forms.Forms.SetOffices(id, ["OF2"]);

        var cut = Render<QrCodes>(p => p.Add(x => x.Id, id));

        var card = Assert.Single(cut.FindAll("figure.sd-qr-card"));
        Assert.Contains("Офис на Мира", card.TextContent);
        Assert.Contains("q/csat?office=OF2", card.TextContent);
        Assert.StartsWith("data:image/png;base64,", card.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("QR-код анкеты для офиса Офис на Мира — OF2", card.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void Print_UsesBrowserPrint_WithoutInlineScript()
    {
        var id = _temp.Forms.CreateFromTemplate("client-satisfaction", "csat");
        var cut = Render<QrCodes>(p => p.Add(x => x.Id, id));

        Assert.DoesNotMatch(@"\sonclick=""", cut.Markup);   // bUnit marks Blazor handlers blazor:onclick
        cut.Find("[data-testid=print]").Click();
        JSInterop.VerifyInvoke("print");
    }
}
