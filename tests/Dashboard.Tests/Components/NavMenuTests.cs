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
    public void Render_ListsPlannedAreasDisabled_WithoutLinks()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = Render<NavMenu>();

        foreach (var area in new[] { "Показатели", "Сравнение", "Динамика", "Обращения", "Опросы", "Проверки",
                     "Корректирующие меры", "Анкеты и чек-листы" })
            Assert.Contains(area, cut.Markup);
        // An Executive gets the overview, indicators, benchmark, trends, appeals, surveys, audits, corrective actions and reports; the planned areas are not pages yet.
        Assert.Equal(["/", "/indicators", "/benchmark", "/trends", "/appeals", "/surveys", "/audits", "/actions", "/reports"],
            cut.FindAll("a[href]").Select(a => new Uri(a.GetAttribute("href")!, UriKind.RelativeOrAbsolute)).Select(u => u.IsAbsoluteUri ? u.AbsolutePath : u.OriginalString));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
