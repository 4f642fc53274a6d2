namespace Analytics.Engine.Queries.Appeals;

/// <summary>Appeals counted under one label.</summary>
public sealed record AppealCount(string Key, string Label, long Count);

/// <summary>
/// An unanswered appeal with its due date by the Standard; <see cref="RegisterDue"/> is the register's own date
/// («срок по реестру») when it differs. Personal data already masked for the viewer.
/// </summary>
public sealed record AppealDue(string RegisterNo, string OfficeCode, string Kind, string Channel, DateTime ReceivedAt,
    DateOnly DueOn, string? ConsumerName, string? ConsumerPhone)
{
    public DateOnly? RegisterDue { get; init; }
}

/// <summary>What the appeals dashboard shows for one filter.</summary>
public sealed record AppealReport(
    DateOnly From, DateOnly To, long Total, long Answered, long AnsweredOnTime, long Repeat,
    IReadOnlyList<AppealCount> ByChannel, IReadOnlyList<AppealCount> ByKind, IReadOnlyList<AppealCount> ByTopic,
    IReadOnlyList<AppealCount> ByMonth, IReadOnlyList<AppealDue> Overdue, IReadOnlyList<AppealDue> DueSoon)
{
    /// <summary>Deadline states and findings of the Engine for the filter (as of today).</summary>
    public Analytics.Engine.Compliance.DeadlineSummary Deadlines { get; init; } = new();

    /// <summary>Share answered on time among answered appeals judged against the Standard; null when none was answered.</summary>
    public double? OnTimeShare => Answered == 0 ? null : (double)AnsweredOnTime / Answered;

    /// <summary>Share registered within the norm (001 §2.2.4) among appeals with a registration time; null when none.</summary>
    public double? RegisteredInTimeShare => Deadlines.RegistrationJudged == 0 ? null : (double)Deadlines.RegisteredInTime / Deadlines.RegistrationJudged;

    /// <summary>Share of replies sent by the channel the client chose (001 §2.4.5, 002 §9.8) where both are recorded.</summary>
    public double? ReplyChannelKeptShare => Deadlines.ReplyChannelJudged == 0 ? null : (double)Deadlines.ReplyChannelKept / Deadlines.ReplyChannelJudged;
}
