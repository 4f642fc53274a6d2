namespace Analytics.Engine.Delivery;

/// <summary>
/// What a transport says about one message. The distinction that matters for idempotency is whether the message can
/// have left: <see cref="SendResult.NotSent"/> is safe to retry, <see cref="SendResult.Ambiguous"/> is not.
/// </summary>
public enum SendResult
{
    /// <summary>Accepted by the relay or provider (<see cref="SendOutcome.MessageId"/> identifies it).</summary>
    Sent,
    /// <summary>Refused before the message could leave (connection, authentication, a 4xx answer): retry later.</summary>
    NotSent,
    /// <summary>Refused for good (5xx recipient or message refusal, provider error for the number): a bounce.</summary>
    Rejected,
    /// <summary>Failed while the message was being handed over: it may or may not have left. Never retried.</summary>
    Ambiguous,
}

/// <summary>The result of one send, with the transport's error text when it failed.</summary>
public sealed record SendOutcome(SendResult Result, string? MessageId = null, string? Error = null)
{
    public static SendOutcome Ok(string? messageId) => new(SendResult.Sent, messageId);
}
