using Microsoft.JSInterop;
using System.Security.Claims;
using Dashboard.Localization;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Pages.Admin;

public partial class UsersPage
{
    private sealed class UserForm
    {
        public string UserName { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Password { get; set; } = "";
        public HashSet<string> Roles { get; } = [];
        public string? BranchCode { get; set; }
    }

    private IReadOnlyList<AppUser> _users = [];
    private IReadOnlyList<Branch> _branches = [];
    private UserForm _form = new();
    private string? _editing;
    private string? _message;

    /// <summary>The password just set, shown once (masked) until the next action on the page.</summary>
    private (string UserName, string Password)? _issued;
    private bool _reveal;
    private bool _copied;

    [Inject] private Microsoft.JSInterop.IJSRuntime Js { get; set; } = default!;
    private bool _messageIsError;
    private string? _actor;

    [Inject] private UserService Service { get; set; } = default!;
    [Inject] private BranchQuery BranchQuery { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (AuthState is not null)
            _actor = (await AuthState).User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        _branches = BranchQuery.List();
        Reload();
    }

    private void Reload() => _users = Service.List();

    // D25: the branch by its name (and code), not the bare code.
    private string RoleLabel(UserRole role) =>
        T["Role." + role.Role] + (role.BranchCode is not { } code ? ""
            : _branches.FirstOrDefault(b => b.Code == code) is { } branch ? $" ({branch.Name}, {code})" : $" ({code})");

    private string State(AppUser user) =>
        !user.Enabled ? T["Users.Disabled"] : user.IsLocked(Clock.GetUtcNow().UtcDateTime) ? T["Users.Locked"] : T["Users.Active"];

    private void GeneratePassword() => _form.Password = UserValidation.GeneratePassword();

    private void SetRole(string role, bool on)
    {
        if (on) _form.Roles.Add(role); else _form.Roles.Remove(role);
    }

    private void Select(AppUser user)
    {
        _editing = user.UserName;
        _form = new UserForm { DisplayName = user.DisplayName, BranchCode = user.Roles.FirstOrDefault(r => r.BranchCode is not null)?.BranchCode };
        foreach (var role in user.Roles) _form.Roles.Add(role.Role);
        (_message, _issued) = (null, null);
    }

    private void New()
    {
        _editing = null;
        _form = new UserForm();
    }

    private void Save()
    {
        var roles = _form.Roles.Select(r => new UserRole(r, r == Dashboard.Users.Roles.BranchManager ? _form.BranchCode : null)).ToList();
        if (_editing is null)
        {
            var (name, password) = (UserValidation.Normalize(_form.UserName), _form.Password);
            var result = Service.Create(_form.UserName, _form.DisplayName, password, roles, _actor);
            Report(result, string.Format(T["Users.Created"], name));
            if (result.Succeeded) { _issued = (name, password); New(); }
        }
        else
        {
            var result = Service.SetRoles(_editing, roles, _actor);
            if (result.Succeeded) result = Service.Rename(_editing, _form.DisplayName, _actor);
            Report(result, string.Format(T["Users.RolesSaved"], _editing));
            if (result.Succeeded) New();
        }
    }

    private void ToggleEnabled(AppUser user) =>
        Report(Service.SetEnabled(user.UserName, !user.Enabled, _actor),
            string.Format(T[user.Enabled ? "Users.DisabledNow" : "Users.EnabledNow"], user.UserName));

    /// <summary>A new random password, shown once here for the admin to hand over.</summary>
    private void ResetPassword(AppUser user)
    {
        var password = UserValidation.GeneratePassword();
        var result = Service.ResetPassword(user.UserName, password, _actor);
        Report(result, string.Format(T["Users.PasswordIssued"], user.UserName));
        if (result.Succeeded) _issued = (user.UserName, password);
    }

    private async Task CopyPassword()
    {
        if (_issued is not { } issued) return;
        await Js.InvokeVoidAsync("navigator.clipboard.writeText", issued.Password);
        _copied = true;
    }

    private void Report(UserCommandResult result, string success)
    {
        (_issued, _reveal, _copied) = (null, false, false);
        _messageIsError = !result.Succeeded;
        _message = result.Succeeded ? success : T[result.Error!];
        Reload();
    }
}
