namespace Analytics.Engine.Time;

/// <summary>
/// The host's clock, whose "local" time is the display zone (<c>Jobs:TimeZone</c>, Europe/Moscow by default) and not
/// the server's. Pages and queries that ask <see cref="TimeProvider.GetLocalNow"/> for "this year" or "today" — the
/// default period, the running month's mark, an action's default due date — then agree with <see cref="DisplayTime"/>
/// on a server kept in UTC: at 01:30 Moscow on 1 January it is already the new year everywhere.
/// </summary>
public sealed class DisplayZoneClock(TimeProvider inner, TimeZoneInfo zone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => zone;
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();
    public override long GetTimestamp() => inner.GetTimestamp();
    public override long TimestampFrequency => inner.TimestampFrequency;
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
