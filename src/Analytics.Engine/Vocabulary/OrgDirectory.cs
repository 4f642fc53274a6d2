using System.Text.RegularExpressions;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Vocabulary;

/// <summary>An organisation unit as people name it: display name with city and code, and its branch for grouping.</summary>
public sealed record OrgEntry(string Code, string Level, string Name, string? BranchCode, string? BranchName, string? City, string Display,
    string? Address = null);

/// <summary>
/// The org structure read for display: every office named with <see cref="OfficeNames.Display"/>, the city taken
/// from the address ("г. Архангельск, …") or, failing that, the region. Pickers group by <see cref="OrgEntry.BranchName"/>.
/// </summary>
public sealed partial class OrgDirectory(AnalyticsStore store)
{
    public IReadOnlyList<OrgEntry> Units()
    {
        using var connection = store.Open();
        var rows = connection.Query<(string Code, string Level, string? Parent, string Name, string? Region, string? Address)>(
            "SELECT code, level, parent_code, name, region, address FROM org_unit").ToList();
        var names = rows.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        return [.. rows.Select(r =>
        {
            var city = City(r.Address, r.Region);
            var display = r.Level == "office" ? OfficeNames.Display(r.Name, city, r.Code) : r.Name;
            var branch = r.Level == "office" ? r.Parent : r.Level == "branch" ? r.Code : null;
            return new OrgEntry(r.Code, r.Level, r.Name, branch, branch is not null && names.TryGetValue(branch, out var b) ? b : null, city, display,
                string.IsNullOrWhiteSpace(r.Address) ? null : r.Address);
        }).OrderBy(e => e.BranchName, StringComparer.Ordinal).ThenBy(e => e.Display, StringComparer.Ordinal)];
    }

    /// <summary>Code → display name of every unit (offices with city and code).</summary>
    public IReadOnlyDictionary<string, string> DisplayNames() =>
        Units().ToDictionary(u => u.Code, u => u.Display, StringComparer.Ordinal);

    /// <summary>
    /// The one search rule of every office picker (Dashboard and designer): each word typed must appear in the office's
    /// name, city, code, branch or street address. Several offices share a name, so people look them up by street too.
    /// </summary>
    public static bool Matches(OrgEntry office, string? text) =>
        (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(w => $"{office.Display} {office.Code} {office.BranchName} {office.Address}".Contains(w, StringComparison.CurrentCultureIgnoreCase));

    /// <summary>The city of an address written the Russian way ("…, г. Архангельск, …"), else the region.</summary>
    public static string? City(string? address, string? region)
    {
        if (address is not null && CityPattern().Match(address) is { Success: true } m) return m.Groups[1].Value.Trim();
        return string.IsNullOrWhiteSpace(region) ? null : region;
    }

    [GeneratedRegex(@"(?:^|[,\s])г\.\s*([^,]+)")]
    private static partial Regex CityPattern();
}
