using Analytics.Engine.Store;
using Dapper;

namespace Dashboard.Filters;

/// <summary>An office with the branch it belongs to.</summary>
public sealed record Office(string Code, string Name, string? BranchCode);

/// <summary>A channel of the Standard, named in the interface language.</summary>
public sealed record ChannelName(string Code, string Name);

/// <summary>Offices and branches for filter pickers, limited to a branch when the user is held to one.</summary>
public sealed class OrgQuery(AnalyticsStore store)
{
    public IReadOnlyList<Office> Offices(string? branchCode)
    {
        using var connection = store.Open();
        return [.. connection.Query<Office>("""
            SELECT code AS Code, name AS Name, parent_code AS BranchCode FROM org_unit
            WHERE level = 'office' AND ($branch IS NULL OR parent_code = $branch) ORDER BY name, code
            """, new { branch = branchCode })];
    }

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
