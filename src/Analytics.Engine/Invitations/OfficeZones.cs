using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Invitations;

/// <summary>The time zone of an office: its own, else its branch's or company's, else the configured default.</summary>
internal sealed class OfficeZones
{
    private readonly Dictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);
    private readonly TimeZoneInfo _default;

    public OfficeZones(AnalyticsStore store, string defaultZone)
    {
        _default = Time.DisplayTime.FindZone(defaultZone);
        using var c = store.Open();
        var units = c.Query<(string Code, string? Parent, string? Zone)>("SELECT code, parent_code, time_zone FROM org_unit")
            .ToDictionary(u => u.Code, StringComparer.Ordinal);
        foreach (var code in units.Keys)
        {
            string? zone = null;
            for (var at = code; at is not null && zone is null && units.TryGetValue(at, out var u); at = u.Parent) zone = u.Zone;
            if (zone is not null) _zones[code] = Time.DisplayTime.FindZone(zone);
        }
    }

    public TimeZoneInfo Of(string? office) => office is not null && _zones.TryGetValue(office, out var z) ? z : _default;
}
