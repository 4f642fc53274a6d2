using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.Queries.Org;

/// <summary>An office with the branch it belongs to.</summary>
public sealed record Office(string Code, string Name, string? BranchCode);

/// <summary>A channel of the Standard, named in the interface language.</summary>
public sealed record ChannelName(string Code, string Name);

/// <summary>Offices and branches for filter pickers, limited to a branch when the user is held to one.</summary>
public sealed class OrgQuery(AnalyticsStore store)
{
    /// <summary>Offices named with city and code (the Engine's one display name), by branch then name.</summary>
    public IReadOnlyList<Office> Offices(string? branchCode) =>
        [.. new OrgDirectory(store).Units().Where(u => u.Level == "office" && (branchCode is null || u.BranchCode == branchCode))
            .Select(u => new Office(u.Code, u.Display, u.BranchCode))];

    /// <summary>The branch an office belongs to, or null when unknown.</summary>
    public string? BranchOf(string officeCode)
    {
        using var connection = store.Open();
        return connection.ExecuteScalar<string?>("SELECT parent_code FROM org_unit WHERE code = $code", new { code = officeCode });
    }

    /// <summary>The channels appeals can come by, for the channel picker.</summary>
    public IReadOnlyList<ChannelName> Channels(bool english)
    {
        using var connection = store.Open();
        return [.. connection.Query<ChannelName>(
            $"SELECT code AS Code, {(english ? "name_en" : "name_ru")} AS Name FROM channel ORDER BY Name")];
    }
}
