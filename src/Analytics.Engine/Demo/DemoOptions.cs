namespace Analytics.Engine.Demo;

/// <summary>What the demo generator writes: how much, from which seed, up to which day.</summary>
public sealed record DemoOptions
{
    /// <summary>Multiplies the volume of appeals, queue tickets and calls; the organisation stays the same size.</summary>
    public double Scale { get; init; } = 1;

    /// <summary>Seed of every random stream: the same seed and <see cref="Today"/> give identical rows.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Last day of data; null means the current date. The data covers three full years before its year.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>
    /// The moment data ends, as a Moscow (Jobs:TimeZone) wall clock: nothing received, registered, answered, called,
    /// issued or submitted later exists. Null means now when <see cref="Today"/> is null (or is today), else the end of
    /// <see cref="Today"/>.
    /// </summary>
    public DateTime? Now { get; init; }

    /// <summary>Clear the demo tables first instead of refusing a store that already holds appeals.</summary>
    public bool Replace { get; init; }

    /// <summary>Working-day predicate (the production calendar when available); null counts weekends only.</summary>
    public Func<DateOnly, bool>? IsWorkingDay { get; init; }

    /// <summary>
    /// Largest accepted scale. Scale 100 peaks at about 5.5 GB of memory (DuckDB's transaction-local key index of
    /// 10 million appeals), so 200 stays within a 16 GB machine.
    /// </summary>
    public const double MaxScale = 200;

    internal void Validate()
    {
        if (!(Scale > 0) || Scale > MaxScale)
            throw new ArgumentOutOfRangeException(nameof(Scale), Scale, $"Scale must be greater than 0 and at most {MaxScale}.");
    }
}
