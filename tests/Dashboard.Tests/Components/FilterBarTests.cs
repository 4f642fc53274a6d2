using Bunit;
using Dapper;
using Dashboard.Access;
using Dashboard.Components.Shared;
using Dashboard.Filters;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class FilterBarTests : BunitContext
{
    private readonly TestStore _store = new();
    private static readonly UserScope Executive = new("exec", null, false, false);

    public FilterBarTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
            """);
        this.SignInAs("exec", Dashboard.Users.Roles.Executive);
    }

    private IRenderedComponent<FilterBar> Bar(FilterFields applies, DashboardFilter requested, UserScope scope) =>
        Render<FilterBar>(p => p.Add(b => b.Applies, applies).Add(b => b.Requested, requested).Add(b => b.Scope, scope)
            .Add(b => b.ShownFrom, new DateOnly(2025, 1, 1)).Add(b => b.ShownTo, new DateOnly(2025, 12, 31)));

    [Fact]
    public void FiltersThePageCannotApply_AreDisabled_AndNamedWhenTheAddressCarriesThem()
    {
        var cut = Bar(FilterFields.Period | FilterFields.Branch | FilterFields.Office,
            new DashboardFilter(Channel: "phone", ConsumerType: "legal"), Executive);

        Assert.Contains("mud-disabled", cut.Find("[data-filter=channel]").OuterHtml + cut.Find("[data-filter=channel]").ParentElement!.OuterHtml);
        Assert.Contains("не применяется", cut.Markup);
        var notice = cut.Find("[data-test=filter-unapplied]").TextContent;
        Assert.Contains("Канал", notice);
        Assert.Contains("Тип потребителя", notice);
        Assert.DoesNotContain("Офис", notice);
    }

    [Fact]
    public void ReversedPeriod_IsRefusedInTheBar_NamingBothDates()
    {
        var requested = DashboardFilter.Parse(k => k switch { "from" => "2027-05-01", "to" => "2026-01-01", _ => null });

        var cut = Bar(FilterFields.All, requested, Executive);

        var alert = cut.Find("[data-test=filter-reversed]").TextContent;
        Assert.Contains("01.05.2027", alert);
        Assert.Contains("01.01.2026", alert);
    }

    [Fact]
    public void NoNotice_WhenEveryRequestedFilterApplies()
    {
        var cut = Bar(FilterFields.All, new DashboardFilter(Channel: "phone", Office: "O01"), Executive);

        Assert.Empty(cut.FindAll("[data-test=filter-unapplied]"));
        Assert.DoesNotContain("не применяется", cut.Markup);
    }

    [Fact]
    public void BranchManager_HasNoBranchPicker_AndSeesOnlyTheirOffices()
    {
        var cut = Bar(FilterFields.All, new DashboardFilter(Branch: "B02"), new UserScope("boss", "B01", false, true));

        Assert.Empty(cut.FindAll("[data-filter=branch]"));
        // The office picker searches the branch's offices only (D13: searchable, named with city and code).
        var office = cut.FindComponent<Dashboard.Components.Shared.OfficePicker>();
        Assert.Equal(["O01"], office.Instance.Offices.Select(o => o.Code));
    }

    [Fact]
    public void Reset_ClearsEveryFilterKey_AndKeepsThePageOwnKeys()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/benchmark?from=2025-01-01&to=2025-12-31&branch=B01&level=office&page=3");
        var cut = Bar(FilterFields.All, DashboardFilter.FromUri(navigation.Uri), Executive);

        cut.Find("[data-test=filter-reset]").Click();

        var uri = navigation.Uri;
        Assert.Contains("level=office", uri);
        Assert.DoesNotContain("from=", uri);
        Assert.DoesNotContain("branch=", uri);
        Assert.DoesNotContain("page=", uri);
    }

    [Fact]
    public void Filter_RoundTripsThroughTheAddress_AndYearIsShorthandForTheWholeYear()
    {
        var filter = new DashboardFilter(new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 31), "B01", "O01", "e mail&x", "legal");
        Assert.Equal(filter, DashboardFilter.FromUri("/appeals?" + filter.ToQuery()));
        Assert.Equal(new DashboardFilter(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), DashboardFilter.FromUri("/x?year=2024"));
        Assert.Equal(new DashboardFilter(new DateOnly(2024, 2, 1)), DashboardFilter.FromUri("/x?year=2024&from=2024-02-01&to=bad"));
        Assert.Equal("B01", new DashboardFilter(Branch: "B02").For(new UserScope("boss", "B01", false, true)).Branch);
    }
}
