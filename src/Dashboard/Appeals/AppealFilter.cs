using Dashboard.Access;

namespace Dashboard.Appeals;

/// <summary>
/// Filters of the appeals dashboard, as carried in the query string (<c>from, to, branch, office, channel, consumer</c>).
/// Empty dates mean "the year of the latest appeal up to that appeal".
/// </summary>
public sealed record AppealFilter(DateOnly? From = null, DateOnly? To = null, string? Branch = null, string? Office = null,
    string? Channel = null, string? ConsumerType = null)
{
    /// <summary>The filter as this user may apply it: a branch manager's branch replaces whatever was asked for.</summary>
    public AppealFilter For(UserScope scope) => this with { Branch = scope.Branch(Branch) };

    public string ToQuery() => string.Join("&", new (string Key, string? Value)[]
        {
            ("from", From?.ToString("yyyy-MM-dd")), ("to", To?.ToString("yyyy-MM-dd")), ("branch", Branch), ("office", Office),
            ("channel", Channel), ("consumer", ConsumerType),
        }.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? date : null;
}

/// <summary>Appeals counted under one label.</summary>
public sealed record AppealCount(string Key, string Label, long Count);

/// <summary>An unanswered appeal with its due date; personal data already masked for the viewer.</summary>
public sealed record AppealDue(string RegisterNo, string OfficeCode, string Kind, string Channel, DateTime ReceivedAt,
    DateOnly DueOn, string? ConsumerName, string? ConsumerPhone);

/// <summary>What the appeals dashboard shows for one filter.</summary>
public sealed record AppealReport(
    DateOnly From, DateOnly To, long Total, long Answered, long AnsweredOnTime, long Repeat,
    IReadOnlyList<AppealCount> ByChannel, IReadOnlyList<AppealCount> ByKind, IReadOnlyList<AppealCount> ByTopic,
    IReadOnlyList<AppealCount> ByMonth, IReadOnlyList<AppealDue> Overdue, IReadOnlyList<AppealDue> DueSoon)
{
    /// <summary>Share answered on time among answered appeals with a due date; null when none was answered.</summary>
    public double? OnTimeShare => Answered == 0 ? null : (double)AnsweredOnTime / Answered;
}
