using Dashboard.Overview;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages;

public partial class Home
{
    private StoreOverview? _overview;

    [Inject] private StoreOverviewQuery Query { get; set; } = default!;

    /// <summary>Years present in any table, as columns (the store usually spans two or three).</summary>
    private IEnumerable<int> Years => _overview is null ? [] : _overview.Tables.SelectMany(t => t.ByYear.Keys).Distinct().Order();

    protected override void OnInitialized() => _overview = Query.Load();

    private static string Period(TableCount table) => table.First is { } first && table.Last is { } last
        ? $"{first:d} – {last:d}"
        : "";
}
