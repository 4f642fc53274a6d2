using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Analytics.Engine.Delivery;

/// <summary>
/// SMTP through MailKit. The outcome says whether the message can have left: everything up to and including the
/// server's refusal of a recipient or of the data is <see cref="SendResult.NotSent"/>/<see cref="SendResult.Rejected"/>;
/// a connection lost while the data is being transferred is <see cref="SendResult.Ambiguous"/> (ADR 0025).
/// </summary>
public sealed class MailKitEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public bool Configured => options.Value.HostConfigured;

    public async Task<SendOutcome> Send(OutgoingEmail mail, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.HostConfigured) return new SendOutcome(SendResult.NotSent, Error: "SMTP не настроен (Smtp:Host).");
        MimeMessage message;
        try { message = Build(mail, o); }
        catch (ParseException e) { return new SendOutcome(SendResult.Rejected, Error: "Неверный адрес: " + e.Message); }
        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, Secure(o), cancellationToken);
            if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Nothing was handed over yet: safe to try again later.
            return new SendOutcome(SendResult.NotSent, Error: e.Message);
        }
        try
        {
            await client.SendAsync(message, cancellationToken);
            return SendOutcome.Ok(message.MessageId);
        }
        catch (SmtpCommandException e) when (e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            // The server answered with a refusal: the message did not leave. 5xx is final (a bounce), 4xx is temporary.
            return new SendOutcome((int)e.StatusCode >= 500 ? SendResult.Rejected : SendResult.NotSent, Error: $"{(int)e.StatusCode} {e.Message}");
        }
        catch (Exception e)
        {
            return new SendOutcome(SendResult.Ambiguous, message.MessageId, e.Message);
        }
        finally
        {
            try { await client.DisconnectAsync(true, CancellationToken.None); } catch (Exception) { /* already sent or failed */ }
        }
    }

    internal static MimeMessage Build(OutgoingEmail mail, SmtpOptions o)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName ?? "", o.From));
        foreach (var to in mail.To.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            message.To.Add(MailboxAddress.Parse(to));
        message.Subject = mail.Subject;
        if (mail.MessageId is { } id) message.MessageId = id;
        if (mail.Unsubscribe is { } u) message.Headers.Add("List-Unsubscribe", "<" + u + ">");
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions Secure(SmtpOptions o) => o.EffectiveSecurity switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.Auto,
    };
}
