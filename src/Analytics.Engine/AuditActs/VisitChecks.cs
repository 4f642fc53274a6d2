using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.AuditActs;

/// <summary>
/// The proof-of-visit checks of checklist audits (issue 16 item 3): location against the office's coordinates,
/// photos whose SHA-256 appears in another audit, visits of one auditor overlapping in time, and fewer seconds per
/// item than anyone can check. The one home of these rules: the audits page and the act both ask this class.
/// </summary>
public sealed class VisitChecks(AnalyticsStore store, VisitCheckOptions? options = null)
{
    private readonly VisitCheckOptions _options = options ?? new VisitCheckOptions();

    /// <summary>The report of one submission (no flags and no distance when the id is unknown).</summary>
    public VisitReport For(string submissionId) =>
        Run("s.id = $id", new { id = submissionId }).GetValueOrDefault(submissionId) ?? new VisitReport(submissionId, null, []);

    /// <summary>Reports of the checklist audits submitted between two dates (UTC days), keyed by submission id.</summary>
    public IReadOnlyDictionary<string, VisitReport> ForPeriod(DateOnly from, DateOnly to) =>
        Run("CAST(s.submitted_at AS DATE) BETWEEN $from AND $to", new { from, to });

    private Dictionary<string, VisitReport> Run(string where, object args)
    {
        using var c = store.Open();
        var targets = $"SELECT s.id FROM submission s LEFT JOIN form_definition f ON f.id = s.definition_id WHERE (s.source = 'checklist' OR f.kind = 'checklist') AND {where}";
        var flags = new Dictionary<string, List<VisitFlag>>(StringComparer.Ordinal);
        var distances = new Dictionary<string, double?>(StringComparer.Ordinal);
        void Add(string id, VisitFlag flag) => (flags.TryGetValue(id, out var list) ? list : flags[id] = []).Add(flag);

        foreach (var r in c.Query<(string Id, double? Lat, double? Lon, double? OfficeLat, double? OfficeLon)>($"""
            SELECT s.id, s.latitude, s.longitude, o.latitude, o.longitude FROM submission s LEFT JOIN org_unit o ON o.code = s.office_code
            WHERE s.id IN ({targets})
            """, args))
        {
            flags.TryAdd(r.Id, []);
            var d = r is { Lat: { } a, Lon: { } b, OfficeLat: { } oa, OfficeLon: { } ob } ? Geo.Meters(a, b, oa, ob) : (double?)null;
            distances[r.Id] = d;
            if (d > _options.MaxDistanceMeters)
                Add(r.Id, new VisitFlag(VisitFlag.FarLocation, $"{VisitReport.Distance(d)} от офиса (порог {VisitReport.Distance(_options.MaxDistanceMeters)})"));
        }

        foreach (var r in c.Query<(string Id, string File, string Other)>($"""
            SELECT e.submission_id, e.file_name, min(x.submission_id) FROM evidence e
            JOIN evidence x ON x.sha256 = e.sha256 AND x.submission_id <> e.submission_id
            WHERE e.submission_id IN ({targets}) GROUP BY ALL ORDER BY ALL
            """, args))
            Add(r.Id, new VisitFlag(VisitFlag.ReusedPhoto, $"«{r.File}» совпадает с фото проверки {r.Other}"));

        foreach (var r in c.Query<(string Id, string Other, DateTime Start, DateTime Finish, string? Zone)>($"""
            SELECT s.id, x.id, x.started_at, x.finished_at, o.time_zone FROM submission s
            JOIN submission x ON x.auditor = s.auditor AND x.id <> s.id AND x.started_at < s.finished_at AND s.started_at < x.finished_at
            LEFT JOIN org_unit o ON o.code = x.office_code
            WHERE s.id IN ({targets}) ORDER BY s.id, x.started_at
            """, args))
        {
            var zone = new Time.DisplayTime(r.Zone);
            Add(r.Id, new VisitFlag(VisitFlag.OverlappingVisit, $"проверка {r.Other}, {zone.Format(r.Start)}–{zone.FromUtc(r.Finish):HH:mm}"));
        }

        foreach (var r in c.Query<(string Id, double Seconds, long Items)>($"""
            SELECT s.id, epoch(s.finished_at - s.started_at), count(a.item_code) FILTER (WHERE NOT a.not_applicable)
            FROM submission s JOIN answer a ON a.submission_id = s.id
            WHERE s.id IN ({targets}) AND s.started_at IS NOT NULL AND s.finished_at IS NOT NULL GROUP BY ALL
            """, args))
        {
            if (r.Items == 0 || r.Seconds >= r.Items * _options.MinSecondsPerItem) continue;
            Add(r.Id, new VisitFlag(VisitFlag.TooFast,
                $"{r.Items} пунктов за {Duration(r.Seconds)} (нужно не меньше {Vocabulary.Numbers.Decimal(_options.MinSecondsPerItem, 0)} с на пункт)"));
        }

        return flags.ToDictionary(p => p.Key, p => new VisitReport(p.Key, distances.GetValueOrDefault(p.Key), p.Value), StringComparer.Ordinal);
    }

    private static string Duration(double seconds)
    {
        var s = (long)Math.Max(0, Math.Round(seconds));
        return s < 60 ? $"{s} с" : $"{s / 60} мин {s % 60} с";
    }
}

/// <summary>Great-circle distance on the WGS 84 mean radius: metres matter here, not millimetres.</summary>
internal static class Geo
{
    private const double EarthRadius = 6_371_008.8;

    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var (dLat, dLon) = (Rad(lat2 - lat1), Rad(lon2 - lon1));
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
