using Dashboard.Appeals;
using Dashboard.Charts;
using Dashboard.Export;
using Dashboard.Filters;
using Dashboard.Records;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;

namespace Dashboard.Components.Pages.Appeals;

/// <summary>
/// Appeals dashboard; every filter lives in the query string, so a view can be bookmarked and exported as shown, and
/// every figure links to the appeals it counts.
/// </summary>
public partial class AppealsPage
{
    private AppealReport? _report;
    private IList<ITrace> _monthly = [], _channels = [];
    private Plotly.Blazor.Layout _monthlyLayout = new(), _channelsLayout = new();
    private readonly Config _config = AppealTraces.Config();

    [Inject] private AppealsQuery Query { get; set; } = default!;
    [Inject] private Analytics.Engine.Actions.CorrectiveActionService Actions { get; set; } = default!;
    [Inject] private OrgQuery Org { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private string? _message;

    /// <summary>True when the chart's last month is still running (drawn hollow and dashed, with a note below).</summary>
    private bool _partial;

    [Inject] private Analytics.Engine.Time.DisplayTime Time { get; set; } = default!;

    /// <summary>The complaint whose action is being created: its owner and due date are asked for first.</summary>
    private AppealDue? _pending;
    private Analytics.Engine.Actions.ActionDraft? _draft;
    private string? _title;

    /// <summary>The complaint's proposed measure, shown for the user to adjust with the owner and due date.</summary>
    private void Propose(AppealDue complaint)
    {
        _pending = complaint;
        _draft = Analytics.Engine.Actions.ActionDrafts.ForComplaint(complaint.RegisterNo, complaint.DueOn);
        _title = _draft.Title;
    }

    /// <summary>The proposed due date: 30 days from today.</summary>
    private DateOnly DefaultDue => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime).AddDays(30);

    /// <summary>Overdue complaints: each can become a corrective action.</summary>
    private IReadOnlyList<AppealDue> Complaints => [.. (_report?.Overdue ?? []).Where(a => a.Kind == "complaint")];

    /// <summary>
    /// A complaint becomes a corrective action (one per complaint: a second click returns it), verified by a control
    /// call to the consumer; due in 30 days.
    /// </summary>
    private void OpenAction(AppealDue complaint, string owner, DateOnly due)
    {
        _pending = null;
        var action = Actions.Open(new Analytics.Engine.Actions.NewCorrectiveAction(Analytics.Engine.Actions.ActionSource.Complaint,
            complaint.RegisterNo, (_title ?? _draft?.Title)!.Trim(), owner, due, _draft?.Description, OfficeCode: complaint.OfficeCode,
            BranchCode: Org.BranchOf(complaint.OfficeCode), Verification: Analytics.Engine.Actions.VerificationKind.ControlCall), Scope.UserName);
        _message = string.Format(T["Appeals.ActionOpened"], action.Id, complaint.RegisterNo);
    }

    protected override FilterFields Applies => FilterFields.All;

    protected override void Load()
    {
        _report = Query.Load(Filter, Scope);
        _monthly = AppealTraces.Monthly(_report.ByMonth, T["Appeals.Total"], Time.Today, T["Period.PartialMonth"]);
        _partial = _monthly.Count > 1;
        _monthlyLayout = AppealTraces.Layout(T["Appeals.ByMonth"]);
        _channels = AppealTraces.Bars(_report.ByChannel, T["Appeals.Total"]);
        _channelsLayout = AppealTraces.Layout(T["Appeals.ByChannel"]);
    }

    /// <summary>The filter with the period actually shown, so an export or drill-down holds the same rows as the page.</summary>
    private DashboardFilter Shown => Filter with { From = _report?.From, To = _report?.To };

    private string ExportQuery => Shown.ToQuery();

    private string Drill(params (string Key, string? Value)[] keys) => RecordLinks.To("appeals", Shown, keys);

    /// <summary>A table of the page; each row of a count table links to the appeals it counts.</summary>
    private TableView Table(string name)
    {
        var view = AppealTables.Get(name, _report!, T, Time.Today)!;
        return name switch
        {
            AppealTables.ByChannel => view.WithLinks(i => RecordLinks.To("appeals", Shown with { Channel = _report!.ByChannel[i].Key })),
            AppealTables.ByKind => view.WithLinks(i => Drill(("kind", _report!.ByKind[i].Key))),
            AppealTables.ByTopic => view.WithLinks(i => Drill(("topic", _report!.ByTopic[i].Key.Length == 0 ? "—" : _report.ByTopic[i].Key))),
            AppealTables.ByMonth => view.WithLinks(i => Drill(("month", _report!.ByMonth[i].Key))),
            AppealTables.Overdue => view.WithRowLinks(0, i => Drill(("register", _report!.Overdue[i].RegisterNo))),
            AppealTables.DueSoon => view.WithRowLinks(0, i => Drill(("register", _report!.DueSoon[i].RegisterNo))),
            _ => view,
        };
    }
}
