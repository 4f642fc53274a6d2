using Dashboard.Users;
using Hangfire.Dashboard;

namespace Dashboard.Jobs;

/// <summary>The Hangfire dashboard (<c>/jobs</c>) is for administrators only: it can trigger and delete jobs.</summary>
public sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Admin);
    }
}
