using System.Globalization;
using Dashboard.Access;

namespace Dashboard.Filters;

/// <summary>
/// The one filter model of every dashboard page, records view and export, as carried in the query string
/// (<c>from, to, branch, office, channel, consumer</c>; <c>year</c> is accepted as shorthand for a whole year), so a
/// view can be bookmarked and an export or drill-down holds the same rows as the page. Empty dates mean "the page's
/// default period".
/// </summary>
public sealed record DashboardFilter(DateOnly? From = null, DateOnly? To = null, string? Branch = null, string? Office = null,
    string? Channel = null, string? ConsumerType = null)
{
    /// <summary>
    /// A period asked for back to front (from after to), refused by <see cref="Parse"/>: the dates are dropped (the page
    /// shows its default period) and kept here so the filter bar and the API can name both in their refusal.
    /// </summary>
    public (DateOnly From, DateOnly To)? Reversed { get; init; }

    /// <summary>Query-string keys, in the order <see cref="ToQuery"/> writes them.</summary>
    public static readonly string[] Keys = ["from", "to", "branch", "office", "channel", "consumer"];

    /// <summary>The filter as this user may apply it: a branch manager's branch replaces whatever was asked for.</summary>
    public DashboardFilter For(UserScope scope) => this with { Branch = scope.Branch(Branch) };

    /// <summary>The cut an Engine query is asked for (the address handling stays here).</summary>
    public static implicit operator QueryFilter(DashboardFilter f) => new(f.From, f.To, f.Branch, f.Office, f.Channel, f.ConsumerType);

    /// <summary>Reads the filter from query-string values (<paramref name="get"/> returns null for an absent key).</summary>
    public static DashboardFilter Parse(Func<string, string?> get)
    {
        var from = ParseDate(get("from"));
        var to = ParseDate(get("to"));
        if (from is null && to is null && int.TryParse(get("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 2000 and <= 2100)
            (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        (DateOnly, DateOnly)? reversed = from > to ? (from.Value, to!.Value) : null;
        if (reversed is not null) (from, to) = (null, null);
        return new DashboardFilter(from, to, Blank(get("branch")), Blank(get("office")), Blank(get("channel")), Blank(get("consumer")))
        {
            Reversed = reversed,
        };
    }

    /// <summary>Reads the filter from a request's query string.</summary>
    public static DashboardFilter FromQuery(IQueryCollection query) =>
        Parse(key => query.TryGetValue(key, out var v) ? v.ToString() : null);

    /// <summary>Reads the filter from an absolute or relative address.</summary>
    public static DashboardFilter FromUri(string uri)
    {
        var q = uri.IndexOf('?', StringComparison.Ordinal) is var i and >= 0 ? uri[i..] : "";
        return FromQuery(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(q)));
    }

    /// <summary>Keeps only the fields a page honours, so its links do not carry filters it did not apply.</summary>
    public DashboardFilter Only(FilterFields fields) => new(
        fields.HasFlag(FilterFields.Period) ? From : null, fields.HasFlag(FilterFields.Period) ? To : null,
        fields.HasFlag(FilterFields.Branch) ? Branch : null, fields.HasFlag(FilterFields.Office) ? Office : null,
        fields.HasFlag(FilterFields.Channel) ? Channel : null, fields.HasFlag(FilterFields.ConsumerType) ? ConsumerType : null);

    /// <summary>The fields set here that <paramref name="applied"/> does not cover: shown on the page as not applied.</summary>
    public FilterFields Unapplied(FilterFields applied) => Set() & ~applied;

    private FilterFields Set() =>
        (From is not null || To is not null ? FilterFields.Period : 0) | (Branch is not null ? FilterFields.Branch : 0)
        | (Office is not null ? FilterFields.Office : 0) | (Channel is not null ? FilterFields.Channel : 0)
        | (ConsumerType is not null ? FilterFields.ConsumerType : 0);

    /// <summary>
    /// The filter as query-string values (null for unset), for <c>NavigationManager.GetUriWithQueryParameters</c>; it also
    /// drops <c>year</c> (now spelled as from/to) and <c>page</c> (a new filter starts at the first page).
    /// </summary>
    public Dictionary<string, object?> ToParameters() => new()
    {
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["branch"] = Branch, ["office"] = Office, ["channel"] = Channel, ["consumer"] = ConsumerType, ["year"] = null, ["page"] = null,
    };

    public string ToQuery() => string.Join("&", ToParameters()
        .Where(p => p.Value is string { Length: > 0 })
        .Select(p => $"{p.Key}={Uri.EscapeDataString((string)p.Value!)}"));

    /// <summary>The refusal of a reversed period naming both dates (dd.MM.yyyy), in the interface language; null when none.</summary>
    public string? ReversedMessage(CultureInfo culture) => Reversed is { } r
        ? string.Format(culture, Localization.Ui.Lookup("Filter.Reversed", culture),
            r.From.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), r.To.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))
        : null;

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
