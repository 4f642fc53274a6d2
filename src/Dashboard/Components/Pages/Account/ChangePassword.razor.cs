using System.Security.Claims;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Pages.Account;

public partial class ChangePassword
{
    private string _current = "";
    private string _new = "";
    private string _repeat = "";
    private string? _error;

    [Inject] private UserService Service { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    private async Task Change()
    {
        if (_new != _repeat) { _error = T["Password.Error.Repeat"]; return; }
        var user = AuthState is null ? null : (await AuthState).User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (user is null) return;
        var result = Service.ChangeOwnPassword(user, _current, _new);
        if (!result.Succeeded) { _error = T[result.Error!]; return; }
        // The stamp changed, so this session is over; a full load lands on the sign-in page.
        Navigation.NavigateTo("/account/login?changed=true", forceLoad: true);
    }
}
