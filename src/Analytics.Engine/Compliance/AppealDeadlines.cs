using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Compliance;

/// <summary>
/// The one home of appeal deadlines (issue 14): each appeal's norm due date from the methodology's
/// <c>norms.deadlines</c> (channel × consumer type × contact left, calendar or working days of the production
/// calendar, one extension within its limit) and its state as of a day — on time, late, overdue, due soon (within
/// <c>dueSoonWorkingDays</c> working days) or open. Indicators, pages, drill-downs, the reminder job, reports and the
/// CLI all read <c>appeal_due</c> through <c>Prepare</c> or ask <see cref="Summary"/> / <see cref="List"/>.
/// The methodology is the newest version of the given id (default: <see cref="MethodologyRepository.DefaultId"/>).
/// </summary>
public sealed class AppealDeadlines(AnalyticsStore store)
{
    /// <summary>List names <see cref="List"/> accepts.</summary>
    public static readonly IReadOnlyList<string> ListNames =
        ["overdue", "due_soon", "open", "on_time", "late", "register_later", "no_registration", "all"];

    /// <summary>The norms every deadline is computed from.</summary>
    public ComplianceNorms Norms(string? methodologyId = null) => new MethodologyRepository(store).Get(methodologyId).Norms;

    /// <summary>
    /// Creates the temp view <c>appeal_due</c> on <paramref name="connection"/>, judged as of <paramref name="asOf"/>:
    /// for callers that join it in their own SQL (the view's columns are documented in <c>AppealDue.sql</c>).
    /// </summary>
    public void Prepare(DuckDBConnection connection, DateOnly asOf, string? methodologyId = null) =>
        Prepare(connection, asOf, Norms(methodologyId));

    internal void Prepare(DuckDBConnection connection, DateOnly asOf, ComplianceNorms norms)
    {
        ArgumentNullException.ThrowIfNull(connection);
        CalendarDayTable.EnsureFilled(store);
        AppealRules.Prepare(connection, norms, asOf);
    }

    /// <summary>Whether <paramref name="code"/> is a unit (company, branch or office) of the store.</summary>
    public bool IsUnit(string code)
    {
        using var connection = store.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM org_unit WHERE code = $code", new { code }) > 0;
    }

    /// <summary>Appeals of <paramref name="scope"/> by state as of <paramref name="asOf"/>, with the deadline findings.</summary>
    public DeadlineSummary Summary(DateOnly asOf, AppealScope scope, string? methodologyId = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = store.Open();
        Prepare(connection, asOf, methodologyId);
        return connection.QuerySingle<DeadlineSummary>(
            SqlResource.Load("Compliance.DeadlineSummary.sql").Replace("$scope", AppealScope.Sql, StringComparison.Ordinal),
            scope.Parameters());
    }

    /// <summary>
    /// The appeals of one list (see <see cref="ListNames"/>), earliest due first, at most <paramref name="limit"/>, as
    /// <paramref name="access"/> may see them: a branch-held user's branch replaces the one asked for, and names and
    /// phones are masked unless the user may see personal data. The list cannot be asked for without an access scope,
    /// so no caller can forget to narrow or mask it.
    /// </summary>
    public IReadOnlyList<AppealDeadline> List(string name, DateOnly asOf, AppealScope scope, Access.BranchScope access, int limit = 500,
        string? methodologyId = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(access);
        if (!ListNames.Contains(name)) throw new ArgumentException($"list is one of {string.Join(", ", ListNames)}, not '{name}'", nameof(name));
        using var connection = store.Open();
        Prepare(connection, asOf, methodologyId);
        var p = (scope with { Branch = access.Narrow(scope.Branch) }).Parameters();
        p.Add("state", name);
        p.Add("limit", limit);
        return connection.Query<AppealDeadline>(
                SqlResource.Load("Compliance.DueList.sql").Replace("$scope", AppealScope.Sql, StringComparison.Ordinal), p)
            .Select(a => a with { ConsumerName = access.Personal(a.ConsumerName), ConsumerPhone = access.Personal(a.ConsumerPhone) })
            .ToList();
    }
}
