using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Forms;

/// <summary>An office as a client sees it on the public questionnaire: its name and the city it is in.</summary>
public sealed record OfficeCard(string Code, string Name, string? City)
{
    /// <summary>
    /// The open office with this code, or null when there is none (a QR code of a closed or unknown office still
    /// opens the questionnaire; only the office line is left out). The city is the "г. …" part of the address,
    /// falling back to the region, because the organisation structure has no city column of its own.
    /// </summary>
    public static OfficeCard? Find(AnalyticsStore store, string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        using var c = store.Open();
        var row = c.QueryFirstOrDefault<(string Code, string Name, string? Address, string? Region)>("""
            SELECT code, name, address, region FROM org_unit WHERE code = $code AND level = 'office' AND closed_on IS NULL
            """, new { code = code.Trim() });
        return row.Code is null ? null : new OfficeCard(row.Code, row.Name, CityOf(row.Address) ?? row.Region);
    }

    /// <summary>The company's name as the organisation structure holds it (null before one is loaded).</summary>
    public static string? CompanyName(AnalyticsStore store)
    {
        using var c = store.Open();
        return c.ExecuteScalar<string?>("SELECT name FROM org_unit WHERE level = 'company' ORDER BY code LIMIT 1");
    }

    /// <summary>"г. Архангельск, ул. Ленина, 1" → "Архангельск"; null when the address does not start with a town.</summary>
    internal static string? CityOf(string? address)
    {
        if (address is null) return null;
        var a = address.TrimStart();
        if (!a.StartsWith("г.", StringComparison.Ordinal)) return null;
        var city = a[2..].Split(',')[0].Trim();
        return city.Length > 0 ? city : null;
    }
}
