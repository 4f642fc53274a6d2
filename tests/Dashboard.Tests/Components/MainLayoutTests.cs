using Bunit;
using Dashboard.Components.Layout;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Tests.Components;

public class MainLayoutTests : BunitContext
{
    private static readonly RendererInfo Interactive = new("Server", isInteractive: true);
    private readonly TestStore _store = new();

    [Fact]
    public void Render_ShowsTitleUserAndBody_InRussianByDefault()
    {
        this.AddDashboardServices(_store.Store);
        this.SignInAs("Иванова", Roles.Executive);
        SetRendererInfo(Interactive);

        SetRendererInfo(new RendererInfo("Server", isInteractive: true)); // the layout reads it
        var cut = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

        Assert.Contains("Аналитика качества обслуживания", cut.Markup);
        Assert.Equal("Иванова", cut.Find("[data-test=current-user]").TextContent);
        Assert.Contains("page body", cut.Markup);
        Assert.Contains("Выйти", cut.Markup);
    }

    [Fact]
    public void Render_UsesEnglish_WhenCultureIsEnglish()
    {
        this.AddDashboardServices(_store.Store, "en-GB");
        this.SignInAs("exec", Roles.Executive);
        SetRendererInfo(Interactive);

        SetRendererInfo(new RendererInfo("Server", isInteractive: true)); // the layout reads it
        var cut = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(_ => { })));

        Assert.Contains("Service Quality Analytics", cut.Markup);
        Assert.Contains("Sign out", cut.Markup);
        Assert.DoesNotContain("Выйти", cut.Markup);
    }

    [Fact]
    public void Layout_IsInteractive_AndSignsOutWithAPostForm()
    {
        this.AddDashboardServices(_store.Store);
        this.SignInAs("exec", Roles.Executive);
        SetRendererInfo(Interactive);

        SetRendererInfo(new RendererInfo("Server", isInteractive: true)); // the layout reads it
        var cut = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(_ => { })));

        Assert.Equal("true", cut.Find("[data-interactive]").GetAttribute("data-interactive"));
        var form = cut.Find("form[action='/account/logout']");
        Assert.Equal("post", form.GetAttribute("method"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
