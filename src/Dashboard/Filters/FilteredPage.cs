using Dashboard.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Filters;

/// <summary>
/// A dashboard page whose data is cut by the shared <see cref="DashboardFilter"/> from the query string. The page
/// declares the fields its data honours (<see cref="Applies"/>); the rest are dropped before the query and named as
/// not applied by the filter bar. A branch manager's branch always replaces the one in the address.
/// </summary>
public abstract class FilteredPage : ComponentBase
{
    [SupplyParameterFromQuery(Name = "from")] public string? FromText { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? ToText { get; set; }
    [SupplyParameterFromQuery(Name = "year")] public string? YearText { get; set; }
    [SupplyParameterFromQuery(Name = "branch")] public string? BranchText { get; set; }
    [SupplyParameterFromQuery(Name = "office")] public string? OfficeText { get; set; }
    [SupplyParameterFromQuery(Name = "channel")] public string? ChannelText { get; set; }
    [SupplyParameterFromQuery(Name = "consumer")] public string? ConsumerText { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    /// <summary>Nobody until the authentication state arrives: held to no branch, sees no personal data.</summary>
    protected UserScope Scope { get; private set; } = UserScope.Nobody;

    /// <summary>The filters this page's data can be cut by.</summary>
    protected abstract FilterFields Applies { get; }

    /// <summary>What the address asks for, before dropping fields and scoping.</summary>
    protected DashboardFilter Requested => DashboardFilter.Parse(key => key switch
    {
        "from" => FromText, "to" => ToText, "year" => YearText, "branch" => BranchText, "office" => OfficeText,
        "channel" => ChannelText, "consumer" => ConsumerText, _ => null,
    });

    /// <summary>The filter the page applies: its fields only, the user's branch enforced.</summary>
    protected DashboardFilter Filter => Requested.Only(Applies).For(Scope);

    protected override async Task OnParametersSetAsync()
    {
        if (AuthState is not null) Scope = UserScope.Of((await AuthState).User);
        Load();
    }

    /// <summary>Loads the page's data for <see cref="Filter"/> and <see cref="Scope"/>.</summary>
    protected abstract void Load();
}
