using Dashboard.Filters;

namespace Dashboard.Records;

/// <summary>Addresses of the records behind a number: the page's filter plus the drill keys of that number.</summary>
public static class RecordLinks
{
    public static string To(string kind, DashboardFilter filter, params (string Key, string? Value)[] keys)
    {
        var query = string.Join("&", new[] { filter.ToQuery() }.Concat(keys
            .Where(k => !string.IsNullOrEmpty(k.Value)).Select(k => $"{k.Key}={Uri.EscapeDataString(k.Value!)}")).Where(p => p.Length > 0));
        return $"/records/{kind}" + (query.Length > 0 ? "?" + query : "");
    }

    /// <summary>The drill keys of a records address, for the records page and its export.</summary>
    public static Dictionary<string, string> Keys(IRecordSource source, Func<string, string?> get) =>
        source.Keys.Select(k => (k, v: get(k))).Where(p => !string.IsNullOrWhiteSpace(p.v))
            .ToDictionary(p => p.k, p => p.v!.Trim(), StringComparer.Ordinal);
}
