using System.ComponentModel.DataAnnotations;

namespace Dashboard.Hosting;

/// <summary>Lockout and session length for local sign-in (section <c>SignIn</c>).</summary>
public sealed class SignInPolicyOptions
{
    public const string SectionName = "SignIn";

    /// <summary>Failed attempts in a row after which the account is locked.</summary>
    [Range(1, 100, ErrorMessage = "SignIn:MaxFailedAttempts must be between 1 and 100.")]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(1, 24 * 60, ErrorMessage = "SignIn:LockoutMinutes must be between 1 and 1440.")]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a sign-in lasts without activity (sliding).</summary>
    [Range(1, 24 * 14, ErrorMessage = "SignIn:SessionHours must be between 1 and 336.")]
    public int SessionHours { get; set; } = 8;
}
