using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Delivery;

/// <summary>How the connection to the relay is secured (MailKit's SecureSocketOptions, named for the settings file).</summary>
public enum SmtpSecurity { Auto, StartTls, SslOnConnect, None }

/// <summary>
/// Outgoing mail (section <c>Smtp</c>), shared by invitations and the reminder digest. Without a <see cref="Host"/>
/// no e-mail is sent: reminders stay in-app, e-mail invitations wait in the outbox.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Kept from the first settings format: false means <see cref="SmtpSecurity.None"/> whatever <see cref="Security"/> says.</summary>
    public bool EnableSsl { get; set; } = true;

    /// <summary>Auto: TLS on 465, STARTTLS when the server offers it otherwise.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "analytics@localhost";

    /// <summary>Display name of the sender, e.g. «Служба качества обслуживания».</summary>
    public string? FromName { get; set; }

    /// <summary>Mailbox that receives the daily digest of new reminders (e.g. the quality department).</summary>
    public string? To { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool HostConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The reminder digest needs a host and a recipient.</summary>
    public bool Configured => HostConfigured && !string.IsNullOrWhiteSpace(To);

    public SmtpSecurity EffectiveSecurity => EnableSsl ? Security : SmtpSecurity.None;
}
