using Bunit;
using Dashboard.Components.Layout;
using Dashboard.Tests.Support;
using Dashboard.Users;

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

        // An Executive gets the overview, indicators, benchmark, trends, appeals, surveys, audits, corrective actions and reports.
        Assert.Equal(["/", "/indicators", "/benchmark", "/trends", "/appeals", "/surveys", "/audits", "/actions", "/reports"],
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
