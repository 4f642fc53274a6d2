using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Webhooks;

/// <summary>Webhook delivery settings (section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>HTTP attempts per delivery; retries wait 1, 2, 4 … minutes.</summary>
    [Range(1, 30)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Failed attempts in a row (any delivery) after which a subscriber is paused and admins are told.</summary>
    [Range(1, 1000)]
    public int PauseAfterFailures { get; set; } = 10;

    /// <summary>How long one POST may take.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>A delivery left 'sending' longer than this (the runner died) is sent again: at least once.</summary>
    [Range(1, 1440)]
    public int ClaimLeaseMinutes { get; set; } = 5;

    /// <summary>
    /// Days a finished delivery (delivered, or failed after every attempt) and its attempts stay in the log; the runner
    /// removes older ones. Pending and sending deliveries are never removed, however old.
    /// </summary>
    [Range(1, 3650, ErrorMessage = "Webhooks:DeliveryRetentionDays must be between {1} and {2}.")]
    public int DeliveryRetentionDays { get; set; } = 90;
}
