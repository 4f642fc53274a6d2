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

    /// <summary>The records a criterion's n counts, by its measure; null for a manual criterion (no records).</summary>
    public static string? ForCriterion(string? measure, string criterionId, DashboardFilter filter)
    {
        var kind = measure switch
        {
            null => null,
            _ when measure.StartsWith("appeals.", StringComparison.Ordinal) => "appeals",
            _ when measure.StartsWith("queue.", StringComparison.Ordinal) => "queue",
            _ when measure.StartsWith("calls.", StringComparison.Ordinal) => "calls",
            _ when measure.StartsWith("controlCalls.", StringComparison.Ordinal) => "control-calls",
            _ when measure.StartsWith("forms.", StringComparison.Ordinal) => "answers",
            _ => null,
        };
        return kind is null ? null : To(kind, filter, ("criterion", criterionId));
    }

    /// <summary>The drill keys of a records address, for the records page and its export.</summary>
    public static Dictionary<string, string> Keys(IRecordSource source, Func<string, string?> get) =>
        source.Keys.Select(k => (k, v: get(k))).Where(p => !string.IsNullOrWhiteSpace(p.v))
            .ToDictionary(p => p.k, p => p.v!.Trim(), StringComparer.Ordinal);
}
