using System.Security.Claims;
using Analytics.Engine.Webhooks;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dashboard.Components.Pages.Admin.Webhooks;

public partial class WebhooksPage
{
    [Inject] private WebhookSubscribers Subscribers { get; set; } = default!;
    [Inject] private WebhookService Service { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    private IReadOnlyList<WebhookSubscriber> _subscribers = [];
    private WebhookSubscriber? _editing;
    private int _editorKey;
    private long? _logSubscriber;
    private int _version;
    private string? _message;
    private Severity _severity = Severity.Success;
    private bool _busy;

    protected override void OnInitialized() => Load();

    private void Load()
    {
        _subscribers = Subscribers.List();
        _version++;
    }

    private async Task<string> Actor() =>
        AuthState is null ? "" : (await AuthState).User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? (await AuthState).User.Identity?.Name ?? "";

    private void Edit(WebhookSubscriber s) { _editing = s; _editorKey++; _message = null; }

    private void CancelEdit() { _editing = null; _editorKey++; }

    /// <summary>Adds or edits; bad input comes back as the Engine's Russian message, the form keeps what was typed.</summary>
    private async Task<bool> Save(WebhookSubscriberInput input)
    {
        try
        {
            var actor = await Actor();
            if (_editing is { } e) Subscribers.Update(e.Id, input, actor);
            else Subscribers.Add(input, actor);
        }
        catch (WebhookInputException ex)
        {
            Show(ex.Message, Severity.Error);
            StateHasChanged(); // called by the editor as a plain delegate, not an EventCallback: re-render ourselves
            return false;
        }
        Show(T["Hooks.Saved"], Severity.Success);
        _editing = null;
        _editorKey++;
        Load();
        StateHasChanged();
        return true;
    }

    private async Task Pause(long id) { Subscribers.Pause(id, await Actor()); Load(); }

    private async Task Resume(long id) { Subscribers.Resume(id, await Actor()); Load(); }

    private async Task Ping(long id)
    {
        _busy = true;
        try
        {
            var attempt = await Service.Ping(id, await Actor());
            if (attempt.Succeeded) Show(string.Format(T["Hooks.PingOk"], attempt.Status, attempt.DurationMs), Severity.Success);
            else Show(string.Format(T["Hooks.PingFailed"], attempt.Error), Severity.Error);
        }
        catch (WebhookInputException ex) { Show(ex.Message, Severity.Error); }
        finally { _busy = false; }
        Load();
    }

    private void ShowLog(long? id) { _logSubscriber = id; _version++; }

    private void Show(string message, Severity severity) { _message = message; _severity = severity; }
}
