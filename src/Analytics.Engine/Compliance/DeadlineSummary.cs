namespace Analytics.Engine.Compliance;

/// <summary>
/// Appeals of a scope by deadline state as of a day (<see cref="AppealDeadlines"/>), and the deadline findings:
/// <see cref="RegisterLater"/> — the register's own due date (<c>due_at</c>/<c>extended_to</c>, «срок по реестру») is
/// later than the Standard's; <see cref="NoRegistration"/> — no registration time («нет времени регистрации»);
/// <see cref="RegisteredInTime"/> of <see cref="RegistrationJudged"/> — registered within the norm (001 §2.2.4);
/// <see cref="ReplyChannelKept"/> of <see cref="ReplyChannelJudged"/> — the reply went by the channel the client
/// chose (001 §2.4.5, 002 §9.8).
/// </summary>
public sealed record DeadlineSummary
{
    public long Appeals { get; init; }
    public long OnTime { get; init; }
    public long Late { get; init; }
    public long Overdue { get; init; }
    public long DueSoon { get; init; }
    public long Open { get; init; }
    public long RegisterLater { get; init; }
    public long NoRegistration { get; init; }
    public long RegisteredInTime { get; init; }
    public long RegistrationJudged { get; init; }
    public long ReplyChannelKept { get; init; }
    public long ReplyChannelJudged { get; init; }

    /// <summary>Answered by $asof (on time or late).</summary>
    public long Answered => OnTime + Late;
}
