using Dashboard.Access;
using Dashboard.Appeals;
using Dashboard.Charts;
using Plotly.Blazor;
using Dashboard.Export;
using Dashboard.Filters;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Pages.Appeals;

/// <summary>Appeals dashboard; every filter lives in the query string, so a view can be bookmarked and exported as shown.</summary>
public partial class AppealsPage
{
    private AppealReport? _report;
    private IReadOnlyList<Branch> _branches = [];
    private IReadOnlyList<Office> _offices = [];
    private IList<ITrace> _monthly = [], _channels = [];
    private Plotly.Blazor.Layout _monthlyLayout = new(), _channelsLayout = new();
    private readonly Config _config = AppealTraces.Config();

    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "branch")] public string? Branch { get; set; }
    [SupplyParameterFromQuery(Name = "office")] public string? Office { get; set; }
    [SupplyParameterFromQuery(Name = "channel")] public string? Channel { get; set; }
    [SupplyParameterFromQuery(Name = "consumer")] public string? Consumer { get; set; }

    [Inject] private AppealsQuery Query { get; set; } = default!;
    [Inject] private BranchQuery BranchQuery { get; set; } = default!;
    [Inject] private OrgQuery Org { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    private UserScope Scope { get; set; } = new("", "\u0000none", false, false);
    private AppealFilter Filter => new AppealFilter(AppealFilter.ParseDate(From), AppealFilter.ParseDate(To), Blank(Branch),
        Blank(Office), Blank(Channel), Blank(Consumer)).For(Scope);
    private DateTime? FromDate => (_report?.From ?? AppealFilter.ParseDate(From))?.ToDateTime(TimeOnly.MinValue);
    private DateTime? ToDate => (_report?.To ?? AppealFilter.ParseDate(To))?.ToDateTime(TimeOnly.MinValue);

    protected override async Task OnParametersSetAsync()
    {
        if (AuthState is not null) Scope = UserScope.Of((await AuthState).User);
        _branches = Scope.BranchCode is null ? BranchQuery.List() : [];
        _offices = Org.Offices(Filter.Branch);
        _report = Query.Load(Filter, Scope);
        _monthly = AppealTraces.Monthly(_report.ByMonth, T["Appeals.Total"]);
        _monthlyLayout = AppealTraces.Layout(T["Appeals.ByMonth"]);
        _channels = AppealTraces.Bars(_report.ByChannel, T["Appeals.Total"]);
        _channelsLayout = AppealTraces.Layout(T["Appeals.ByChannel"]);
    }

    /// <summary>The filter with the period actually shown, so an export holds the same rows as the page.</summary>
    private string ExportQuery => (Filter with { From = _report?.From, To = _report?.To }).ToQuery();

    private TableView Table(string name) => AppealTables.Get(name, _report!, T)!;

    private void Apply(DateTime? from = null, DateTime? to = null, string? branch = null, string? office = null,
        string? channel = null, string? consumer = null)
    {
        var query = new Dictionary<string, object?>
        {
            ["from"] = from is { } f ? f.ToString("yyyy-MM-dd") : From,
            ["to"] = to is { } t ? t.ToString("yyyy-MM-dd") : To,
            ["branch"] = branch is null ? Branch : Blank(branch),
            ["office"] = office is null ? (branch is null ? Office : null) : Blank(office),
            ["channel"] = channel is null ? Channel : Blank(channel),
            ["consumer"] = consumer is null ? Consumer : Blank(consumer),
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
