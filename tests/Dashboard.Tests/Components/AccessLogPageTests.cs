using Bunit;
using Dashboard.Access;
using Dashboard.Components.Pages.Admin;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class AccessLogPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public AccessLogPageTests() => this.AddDashboardServices(_store.Store);

    [Fact]
    public void Page_ListsDownloads_NewestFirst()
    {
        this.SignInAs("admin", Roles.Admin);
        var log = Services.GetRequiredService<AccessLog>();
        log.Record("exec", "report", "declaration", null, "year=2024");
        log.Record("bm", "export", "appeals/overdue", "B01", "branch=B01");

        var cut = Render<AccessLogPage>();

        var rows = cut.FindAll("tr[data-entry]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("appeals/overdue", rows[0].TextContent);
        Assert.Contains("B01", rows[0].TextContent);
    }

    [Fact]
    public void Page_SaysSo_WhenNothingWasDownloaded()
    {
        this.SignInAs("admin", Roles.Admin);

        Assert.NotNull(Render<AccessLogPage>().Find("[data-test=access-log-empty]"));
    }
}
