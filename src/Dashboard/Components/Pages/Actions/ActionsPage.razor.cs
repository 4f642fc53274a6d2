using Analytics.Engine.Actions;
using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Pages.Actions;

/// <summary>Corrective actions with filters kept in the query string, so a filtered list can be bookmarked or sent.</summary>
public partial class ActionsPage
{
    private IReadOnlyList<CorrectiveAction> _actions = [];
    private IReadOnlyList<Branch> _branches = [];
    private IReadOnlyList<Office> _offices = [];
    private IReadOnlyDictionary<long, int> _levels = new Dictionary<long, int>();
    private IReadOnlyDictionary<string, string> _names = new Dictionary<string, string>();
    private CorrectiveAction? _selected;
    private bool _creating;

    [SupplyParameterFromQuery(Name = "status")] public string? Status { get; set; }
    [SupplyParameterFromQuery(Name = "branch")] public string? Branch { get; set; }
    [SupplyParameterFromQuery(Name = "office")] public string? Office { get; set; }
    [SupplyParameterFromQuery(Name = "overdue")] public bool Overdue { get; set; }
    [SupplyParameterFromQuery(Name = "source")] public string? Source { get; set; }
    /// <summary>An action to open on arrival (a link from an audit or a notification); only one the list shows opens.</summary>
    [SupplyParameterFromQuery(Name = "action")] public long? ActionId { get; set; }

    [Inject] private CorrectiveActionService Service { get; set; } = default!;
    [Inject] private Analytics.Engine.Cases.CaseService Cases { get; set; } = default!;
    [Inject] private BranchQuery BranchQuery { get; set; } = default!;
    [Inject] private OrgQuery Org { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private Analytics.Engine.Users.PersonNames Names { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    private UserScope Scope { get; set; } = new("", "\u0000none", false, false);
    private DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    protected override async Task OnParametersSetAsync()
    {
        if (AuthState is not null) Scope = UserScope.Of((await AuthState).User);
        _branches = BranchQuery.List();
        _offices = Org.Offices(Scope.Branch(Branch));
        Load();
        if (_selected is null && ActionId is { } id) _selected = _actions.FirstOrDefault(a => a.Id == id);
    }

    private void Load()
    {
        ActionStatus? status = string.IsNullOrEmpty(Status) ? null : TryParse(Status);
        // An unknown code in the address filters nothing rather than falling back to "Другое".
        ActionSource? source = string.IsNullOrEmpty(Source) || ActionWorkflow.ToCode(ActionWorkflow.ParseSource(Source)) != Source
            ? null : ActionWorkflow.ParseSource(Source);
        _actions = Service.List(new ActionFilter(Scope.Branch(Branch), string.IsNullOrEmpty(Office) ? null : Office, status, Overdue, Today, Source: source));
        _levels = Cases.Levels();
        _names = Names.All();
        if (_selected is not null) _selected = Service.Get(_selected.Id);
    }

    private static ActionStatus? TryParse(string code)
    {
        try { return ActionWorkflow.ParseStatus(code); } catch (FormatException) { return null; }
    }

    /// <summary>Changes one filter and navigates, so the query string always says what is shown.</summary>
    private void Apply(string? status = null, string? branch = null, string? office = null, bool? overdue = null, string? source = null)
    {
        var query = new Dictionary<string, object?>
        {
            ["status"] = status is null ? Status : Empty(status),
            ["branch"] = branch is null ? Branch : Empty(branch),
            ["office"] = office is null ? (branch is null ? Office : null) : Empty(office),
            ["overdue"] = (overdue ?? Overdue) ? "true" : null,
            ["source"] = source is null ? Source : Empty(source),
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query));
    }

    /// <summary>The list's filters, so the export holds the rows shown.</summary>
    private string ExportQuery => string.Join("&", new (string Key, string? Value)[]
        {
            ("status", Status), ("branch", Scope.Branch(Branch)), ("office", Office), ("overdue", Overdue ? "true" : null),
        }.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    private void Select(CorrectiveAction action) => _selected = action;

    private void Created(CorrectiveAction action)
    {
        _creating = false;
        _selected = action;
        Load();
    }

    private void Changed(CorrectiveAction action)
    {
        _selected = action;
        Load();
    }
}
