using System.Security.Claims;
using Analytics.Engine.Cases;
using Analytics.Engine.Vocabulary;
using Dashboard.Actions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Pages.Admin.CaseOwners;

public partial class CaseOwnersPage
{
    [Inject] private CaseService Cases { get; set; } = default!;
    [Inject] private OrgDirectory Org { get; set; } = default!;
    [Inject] private ActionOwners People { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    /// <summary>A unit, its stored owner (login or null) and where a new case of it goes now.</summary>
    private sealed record Row(OrgEntry Unit, string? Owner, CaseRoute Route);

    private List<Row> _rows = [];
    private IReadOnlyList<ActionOwner> _people = [];
    private readonly Dictionary<string, string?> _choice = new(StringComparer.Ordinal);
    private string? _message, _error;

    protected override void OnInitialized() => Load();

    /// <summary>The company first, then each branch followed by its offices (by name).</summary>
    private void Load()
    {
        _people = People.List();
        var owners = Cases.Owners.List().ToDictionary(o => o.UnitCode, o => o.Owner, StringComparer.Ordinal);
        var units = Org.Units();
        var ordered = units.Where(u => u.Level == "company")
            .Concat(units.Where(u => u.Level == "branch").OrderBy(u => u.Display, StringComparer.CurrentCulture)
                .SelectMany(b => new[] { b }.Concat(units.Where(o => o.Level == "office" && o.BranchCode == b.Code).OrderBy(o => o.Display, StringComparer.CurrentCulture))))
            .Concat(units.Where(o => o.Level == "office" && (o.BranchCode is null || units.All(b => b.Code != o.BranchCode || b.Level != "branch"))));
        _rows = [.. ordered.Select(u => new Row(u, owners.GetValueOrDefault(u.Code), Cases.Owners.RouteOf(u.Code)))];
        _choice.Clear();
    }

    private string? Chosen(Row r) => _choice.TryGetValue(r.Unit.Code, out var v) ? v : r.Owner;

    private void Choose(Row r, string? login) { _choice[r.Unit.Code] = string.IsNullOrWhiteSpace(login) ? null : login; _message = _error = null; }

    private bool Changed(Row r) => _choice.TryGetValue(r.Unit.Code, out var v) && v != r.Owner;

    /// <summary>The people who may own a case, plus the stored owner when they are not among them (kept visible).</summary>
    private IEnumerable<ActionOwner> Candidates(Row r) =>
        r.Owner is { } o && _people.All(p => p.Login != o) ? [.. _people, new ActionOwner(o, $"{o} ({T["CaseOwners.Unknown"]})")] : _people;

    private string NameOf(string? login) =>
        login is null ? "" : _people.FirstOrDefault(p => p.Login == login)?.Name ?? $"{login} ({T["CaseOwners.Unknown"]})";

    private string Routed(Row r) =>
        $"{NameOf(r.Route.Owner)} — {Labels.Of(Vocab.CaseLevel, r.Route.Level.ToString(System.Globalization.CultureInfo.InvariantCulture))}" +
        (r.Route.ByDefault ? $", {T["CaseOwners.Default"]}" : "");

    private async Task Save(Row r)
    {
        var login = _choice.GetValueOrDefault(r.Unit.Code);
        var actor = AuthState is null ? "" : UserName((await AuthState).User);
        try
        {
            Cases.Owners.Set(r.Unit.Code, login, actor, Clock.GetUtcNow().UtcDateTime);
        }
        catch (ArgumentException e)
        {
            _error = e.Message;
            return;
        }
        _message = login is null ? string.Format(T["CaseOwners.Removed"], r.Unit.Display) : string.Format(T["CaseOwners.Saved"], r.Unit.Display, NameOf(login));
        Load();
    }

    private static string UserName(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity?.Name ?? "";
}
