namespace Analytics.Engine.Demo;

/// <summary>
/// What every demo generator shares: the options, the period (three full years before <see cref="Today"/>'s year
/// and the current year up to <see cref="Today"/>), the organisation, working days and named random streams.
/// </summary>
public sealed class DemoContext
{
    public DemoContext(DemoOptions options, DateOnly today, IProgress<string>? progress)
    {
        Options = options;
        Today = today;
        From = new DateOnly(today.Year - 3, 1, 1);
        Organisation = OrgCatalog.Build(options.Seed);
        WorkingDays = new DemoWorkingDays(options.IsWorkingDay);
        Progress = progress;
    }

    public DemoOptions Options { get; }

    public double Scale => Options.Scale;

    /// <summary>First day of data: 1 January three years before <see cref="Today"/>'s year.</summary>
    public DateOnly From { get; }

    /// <summary>Last day of data.</summary>
    public DateOnly Today { get; }

    /// <summary>The moment data ends (<see cref="DemoOptions.Now"/>, else the end of <see cref="Today"/>): nothing generated happens later.</summary>
    public DateTime Horizon => Options.Now is { } now && DateOnly.FromDateTime(now) <= Today ? now : Today.ToDateTime(new TimeOnly(23, 59, 59));

    public DemoOrganisation Organisation { get; }

    public DemoWorkingDays WorkingDays { get; }

    public IProgress<string>? Progress { get; }

    /// <summary>Years of data, oldest first.</summary>
    public IEnumerable<int> Years => Enumerable.Range(From.Year, Today.Year - From.Year + 1);

    /// <summary>0 for the oldest data year, 3 for the current one.</summary>
    public int YearIndex(int year) => year - From.Year;

    /// <summary>Every day of the period, oldest first.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= Today; day = day.AddDays(1)) yield return day;
    }

    /// <summary>Reports a long generator's progress at a year boundary.</summary>
    public void ReportYear(string generator, int year, long rowsSoFar) =>
        Progress?.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"demo: {generator}: {year} done, {rowsSoFar:N0} rows so far"));

    /// <summary>A random stream of its own for a table group (and optionally a part of it).</summary>
    public DemoRandom Random(string stream, int index = 0) => DemoRandom.For(Options.Seed, stream, index);
}
