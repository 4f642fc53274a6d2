using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>Writes the company, its branches and offices into <c>org_unit</c>.</summary>
public sealed class OrgGenerator : IDemoTableGenerator
{
    public string Name => "organisation";

    public IReadOnlyList<string> Tables { get; } = ["org_unit"];

    public IReadOnlyDictionary<string, long> Generate(DemoContext context, DuckDBConnection connection, CancellationToken ct)
    {
        var org = context.Organisation;
        long rows = 0;
        using (var appender = connection.CreateAppender("org_unit"))
        {
            var company = org.Company;
            Append(appender, company.Code, "company", null, company.Name, null, company.Region, company.TimeZone,
                company.Address, new DateOnly(2005, 4, 1), (null, null));
            rows++;
            foreach (var branch in org.Branches)
            {
                Append(appender, branch.Code, "branch", company.Code, branch.Name, null, branch.Region, branch.TimeZone,
                    branch.Address, new DateOnly(2005, 4, 1), (null, null));
                rows++;
            }
            var perCity = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var office in org.Offices)
            {
                var n = perCity[office.City] = perCity.GetValueOrDefault(office.City) + 1;
                Append(appender, office.Code, "office", office.Branch.Code, office.Name, (sbyte)office.Category,
                    office.Branch.Region, office.Branch.TimeZone, office.Address, office.OpenedOn, OfficeCoordinates.Of(office, n - 1));
                rows++;
            }
        }
        return new Dictionary<string, long> { ["org_unit"] = rows };
    }

    private static void Append(DuckDBAppender appender, string code, string level, string? parent, string name,
        sbyte? category, string region, string timeZone, string address, DateOnly openedOn, (double? Lat, double? Lon) at) =>
        appender.CreateRow()
            .AppendValue(code).AppendValue(level).AppendValue(parent).AppendValue(name).AppendValue(category)
            .AppendValue(region).AppendValue(timeZone).AppendValue(address).AppendValue(openedOn)
            .AppendNullValue().AppendNullValue()
            .AppendValue(OrgCatalog.Genitive.TryGetValue(code, out var genitive) ? genitive : null)
            .AppendValue(at.Lat).AppendValue(at.Lon)
            .EndRow();
}
