namespace Analytics.Engine.Delivery;

/// <summary>
/// One e-mail. <see cref="MessageId"/> is chosen by the caller (deterministic per outbox message), so a bounce or a
/// relay log can be matched to the record that sent it; <see cref="Unsubscribe"/> becomes a List-Unsubscribe header.
/// </summary>
public sealed record OutgoingEmail(string To, string Subject, string TextBody, string? HtmlBody = null,
    string? MessageId = null, string? Unsubscribe = null);

/// <summary>One SMS to a phone number in international digits (79161234567).</summary>
public sealed record OutgoingSms(string Phone, string Text, string? Reference = null);

/// <summary>Sends e-mail; one implementation (<see cref="MailKitEmailSender"/>) serves invitations and reminder digests.</summary>
public interface IEmailSender
{
    /// <summary>False when no SMTP host is set: callers skip e-mail rather than fail.</summary>
    bool Configured { get; }

    Task<SendOutcome> Send(OutgoingEmail mail, CancellationToken cancellationToken);
}

/// <summary>Sends SMS through a provider's HTTP API; <see cref="SmsRuGateway"/> is the shipped adapter.</summary>
public interface ISmsGateway
{
    bool Configured { get; }

    Task<SendOutcome> Send(OutgoingSms sms, CancellationToken cancellationToken);
}
