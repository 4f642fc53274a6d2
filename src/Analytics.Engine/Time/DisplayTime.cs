using System.Globalization;

namespace Analytics.Engine.Time;

/// <summary>
/// The one place that turns stored instants into the time people read: <c>Jobs:TimeZone</c> (Europe/Moscow by
/// default). The store keeps app-stamped instants (sign-ins, submissions, imports, access log, actions) as UTC
/// TIMESTAMP without zone; register times (appeal received/answered, queue tickets) are the office's wall clock and
/// are shown as they are. Pages, exports, PDFs and jobs ask this class for "now", "today" and display strings.
/// </summary>
public sealed class DisplayTime
{
    public const string DefaultZoneId = "Europe/Moscow";
    private readonly TimeProvider _clock;

    public DisplayTime(string? zoneId = null, TimeProvider? clock = null)
    {
        Zone = FindZone(zoneId);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Moscow time on the system clock — for callers without configuration (CLI, tests).</summary>
    public static DisplayTime Default { get; } = new();

    public TimeZoneInfo Zone { get; }

    /// <summary>Now in the display zone.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), Zone);

    /// <summary>Today's date in the display zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>Now as a wall-clock DateTime in the display zone (what the registers' naive timestamps are compared with).</summary>
    public DateTime LocalNow => Now.DateTime;

    /// <summary>A stored UTC instant (naive TIMESTAMP or Kind=Utc) as the display zone's wall clock.</summary>
    public DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateTime FromInstant(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>«dd.MM.yyyy HH:mm» of a stored UTC instant in the display zone.</summary>
    public string Format(DateTime utc) => FromUtc(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public string Format(DateTime? utc) => utc is { } t ? Format(t) : "—";

    public string Format(DateTimeOffset instant) => FromInstant(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The zone, or Moscow when the id is empty or unknown (a bad setting is reported by the options validation).</summary>
    public static TimeZoneInfo FindZone(string? id)
    {
        foreach (var candidate in new[] { id, DefaultZoneId })
        {
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            try { return TimeZoneInfo.FindSystemTimeZoneById(candidate); }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { }
        }
        return TimeZoneInfo.Utc;
    }
}
