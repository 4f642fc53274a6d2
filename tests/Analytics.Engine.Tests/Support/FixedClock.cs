namespace Analytics.Engine.Tests.Support;

/// <summary>A clock that always says <paramref name="now"/> (UTC), for "today", "running year" and "after now" rules.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
