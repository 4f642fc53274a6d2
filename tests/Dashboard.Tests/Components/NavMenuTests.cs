using Bunit;
using Dashboard.Components.Layout;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class NavMenuTests : BunitContext
{
    private readonly TestStore _store = new();

    public NavMenuTests() => this.AddDashboardServices(_store.Store);

    [Fact]
    public void Render_ShowsImportsAndAdministration_ForAdmin()
    {
        this.SignInAs("admin", Roles.Admin);

        var cut = Render<NavMenu>();

        Assert.NotNull(cut.Find("a[href='/imports']"));
        Assert.NotNull(cut.Find("a[href='/admin/users']"));
    }

    /// <summary>D18: on the review queue only "Проверка классификации" is highlighted, not "Обращения" as its prefix.</summary>
    [Fact]
    public void ReviewPage_HighlightsOnlyTheReviewLink()
    {
        this.SignInAs("admin", Roles.Admin);
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/appeals/review");

        var cut = Render<NavMenu>();

        Assert.Contains("active", cut.Find("a[href='/appeals/review']").ClassName);
        Assert.DoesNotContain("active", cut.Find("a[href='/appeals']").ClassName ?? "");
    }

    [Fact]
    public void Render_HidesImportsAndAdministration_ForExecutive()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll("a[href='/imports']"));
        Assert.Empty(cut.FindAll("a[href='/admin/users']"));
        Assert.Contains("Обзор", cut.Markup);
    }

    [Fact]
    public void Render_ListsExecutiveAreas_WithoutDesignerOrRunner()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = Render<NavMenu>();

        // An Executive gets the overview, indicators, benchmark, trends, appeals, surveys (with results by question, key drivers, the comment feed and emerging topics), audits, corrective actions, their exports, reports and traceability.
        Assert.Equal(["/", "/indicators", "/benchmark", "/trends", "/appeals", "/surveys", "/surveys/results", "/surveys/drivers", "/surveys/comments", "/surveys/topics", "/audits", "/audits/coverage", "/actions", "/exports", "/reports", "/methodology/trace", "/invitations"],
            cut.FindAll("a[href]").Select(a => new Uri(a.GetAttribute("href")!, UriKind.RelativeOrAbsolute)).Select(u => u.IsAbsoluteUri ? u.AbsolutePath : u.OriginalString));
    }

    [Fact]
    public void Render_LinksDesigner_ForQualitySpecialist()
    {
        this.SignInAs("quality", Roles.Designer);

        var cut = Render<NavMenu>();

        Assert.Contains("Анкеты и чек-листы", cut.Find("a[href='/designer']").TextContent);
        Assert.Empty(cut.FindAll("a[href='/checklist']"));
    }

    [Fact]
    public void Render_LinksRunnerWithFullPageLoad_ForAuditor()
    {
        this.SignInAs("auditor", Roles.Auditor);

        var cut = Render<NavMenu>();

        Assert.Equal("_top", cut.Find("a[href='/checklist']").GetAttribute("target"));
        Assert.Empty(cut.FindAll("a[href='/designer']"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
