using Dashboard.Filters;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages;

public partial class Home
{
    private StoreOverview? _overview;

    [Inject] private StoreOverviewQuery Query { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>The overview is kept per year and branch; the store inventory below it is the whole store.</summary>
    protected override FilterFields Applies => FilterFields.Period | FilterFields.Branch;

    /// <summary>The year the period ends in (default: the latest full year), as the cards show it.</summary>
    private int Year => Filter.To?.Year ?? Filter.From?.Year ?? (Clock.GetLocalNow().Month == 1 ? Clock.GetLocalNow().Year - 1 : Clock.GetLocalNow().Year);

    /// <summary>Years present in any table, as columns (the store usually spans two or three).</summary>
    private IEnumerable<int> Years => _overview is null ? [] : _overview.Tables.SelectMany(t => t.ByYear.Keys).Distinct().Order();

    protected override void Load() => _overview ??= Query.Load();

    private static string Period(TableCount table) => table.First is { } first && table.Last is { } last
        ? $"{first:d} – {last:d}"
        : "";
}
