using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Queries.Users;

public sealed record Branch(string Code, string Name);

/// <summary>Branches a BranchManager can be assigned to.</summary>
public sealed class BranchQuery(AnalyticsStore store)
{
    public IReadOnlyList<Branch> List()
    {
        using var connection = store.Open();
        return [.. connection.Query<Branch>(
            "SELECT code AS Code, name AS Name FROM org_unit WHERE level = 'branch' AND closed_on IS NULL ORDER BY name")];
    }
}
