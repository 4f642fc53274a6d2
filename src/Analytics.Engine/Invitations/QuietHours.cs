namespace Analytics.Engine.Invitations;

/// <summary>Moves a send time out of the quiet hours, in the office's own wall clock.</summary>
internal static class QuietHours
{
    /// <summary>The first moment at or after <paramref name="local"/> that is outside [from, to) (the window may span midnight).</summary>
    public static DateTime NextAllowed(DateTime local, TimeOnly from, TimeOnly to)
    {
        if (from == to) return local;
        var time = TimeOnly.FromDateTime(local);
        var inside = from < to ? time >= from && time < to : time >= from || time < to;
        if (!inside) return local;
        var day = local.Date;
        // After the evening start the window ends tomorrow morning; before the morning end, this morning.
        if (from > to && time >= from) day = day.AddDays(1);
        return day + to.ToTimeSpan();
    }

    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
