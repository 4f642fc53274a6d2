using Dashboard.Filters;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Pages;

public partial class Home
{
    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>The overview is kept per year and branch (the store inventory is the admin page /admin/store).</summary>
    protected override FilterFields Applies => FilterFields.Period | FilterFields.Branch;

    /// <summary>The year the period ends in (default: the latest full year), as the cards show it.</summary>
    private int Year => Filter.To?.Year ?? Filter.From?.Year ?? (Clock.GetLocalNow().Month == 1 ? Clock.GetLocalNow().Year - 1 : Clock.GetLocalNow().Year);

    // The cards load their own data from the filter.
    protected override void Load() { }

    [CascadingParameter] private Task<AuthenticationState>? Auth { get; set; }
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private static readonly string[] DashboardRoles = [Roles.Admin, Roles.Designer, Roles.Executive, Roles.BranchManager];

    // An auditor's work is the runner: one who holds no dashboard role lands on /checklist after sign-in
    // (a static page, hence a full load; during prerendering this is a redirect).
    protected override async Task OnInitializedAsync()
    {
        if (Auth is null) return;
        var user = (await Auth).User;
        if (user.IsInRole(Roles.Auditor) && !DashboardRoles.Any(user.IsInRole)) Navigation.NavigateTo("/checklist", forceLoad: true);
    }
}
