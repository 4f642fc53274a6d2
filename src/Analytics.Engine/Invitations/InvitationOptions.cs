using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Invitations;

/// <summary>
/// Invitation settings (section <c>Invitations</c>): suppression, quiet hours, the public address links point to and
/// the delivery retry policy. Rules themselves are data (table <c>invitation_rule</c>).
/// </summary>
public sealed class InvitationOptions
{
    public const string SectionName = "Invitations";

    /// <summary>Not more than one invitation per client in this many days, whatever the rule.</summary>
    [Range(0, 3650)]
    public int OncePerDays { get; set; } = 90;

    /// <summary>Quiet hours in the office's time zone: nothing is sent from <see cref="QuietFrom"/> to <see cref="QuietTo"/>.</summary>
    public TimeOnly QuietFrom { get; set; } = new(21, 0);
    public TimeOnly QuietTo { get; set; } = new(9, 0);

    /// <summary>Events older than this when first seen are not invited (asking about last month's visit is noise).</summary>
    [Range(1, 365)]
    public int MaxEventAgeDays { get; set; } = 7;

    /// <summary>Public address of the questionnaire host, used in every link (e.g. https://opros.example.ru).</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>A message left 'sending' longer than this is judged crashed mid-send and turns 'unknown' (not resent).</summary>
    [Range(1, 1440)]
    public int ClaimLeaseMinutes { get; set; } = 15;

    /// <summary>Attempts per message for failures that certainly did not send (back-off 2, 4, 8 … minutes).</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Zone used when the office has none.</summary>
    public string DefaultTimeZone { get; set; } = "Europe/Moscow";
}
