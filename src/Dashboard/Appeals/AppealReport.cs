namespace Dashboard.Appeals;

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
