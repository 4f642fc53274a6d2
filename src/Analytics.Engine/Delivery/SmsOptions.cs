using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Delivery;

/// <summary>
/// SMS provider (section <c>Sms</c>). The shipped adapter speaks SMS.ru's HTTP API: <c>POST {BaseUrl}/sms/send</c> with
/// <c>api_id</c>, <c>to</c>, <c>msg</c>, <c>json=1</c> and, when set, <c>from</c> (a sender name approved by the provider).
/// Without an <see cref="ApiId"/> SMS invitations wait in the outbox.
/// </summary>
public sealed class SmsOptions
{
    public const string SectionName = "Sms";

    /// <summary>The account's API key (личный кабинет SMS.ru → «API»). Keep it in a secret store, not in appsettings.</summary>
    public string? ApiId { get; set; }

    /// <summary>Provider address; tests point it at a loopback listener.</summary>
    [Required]
    public string BaseUrl { get; set; } = "https://sms.ru";

    /// <summary>Approved sender name; empty uses the provider's default.</summary>
    public string? From { get; set; }

    /// <summary>Send in test mode (the provider checks and bills nothing).</summary>
    public bool Test { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool Configured => !string.IsNullOrWhiteSpace(ApiId);
}
