namespace Analytics.Engine.Compliance;

/// <summary>
/// Which appeals a deadline figure covers: the period is by the day the clock started (registration, or receipt
/// when the register has no registration time — <c>appeal_due.clock_at</c>), inclusive; <see cref="Branch"/> matches
/// the branch's offices and the branch itself. Null = no restriction.
/// </summary>
public sealed record AppealScope
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Branch { get; init; }
    public string? Office { get; init; }
    public string? Channel { get; init; }
    public string? ConsumerType { get; init; }
    public string? Kind { get; init; }

    /// <summary>Every appeal.</summary>
    public static AppealScope All { get; } = new();

    /// <summary>One calendar month of a branch (null = every branch).</summary>
    public static AppealScope Month(int year, int month, string? branch = null) =>
        new() { From = new DateOnly(year, month, 1), To = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), Branch = branch };

    /// <summary>The WHERE terms over <c>appeal_due d</c> joined with <c>org_unit o ON o.code = d.office_code</c>.</summary>
    internal static readonly string Sql = $"""
        ($from IS NULL OR CAST(d.clock_at AS DATE) >= $from) AND ($to IS NULL OR CAST(d.clock_at AS DATE) <= $to)
          AND {Access.BranchScope.Where("o", "d.office_code")}
          AND ($office IS NULL OR d.office_code = $office)
          AND ($channel IS NULL OR d.channel = $channel)
          AND ($consumer IS NULL OR d.consumer_type = $consumer)
          AND ($kind IS NULL OR d.kind = $kind)
        """;

    internal Dapper.DynamicParameters Parameters()
    {
        var p = new Dapper.DynamicParameters();
        p.Add("from", From); p.Add("to", To); p.Add("branch", Branch); p.Add("office", Office);
        p.Add("channel", Channel); p.Add("consumer", ConsumerType); p.Add("kind", Kind);
        return p;
    }
}
