using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// How long each kind of personal data is kept before the nightly job pseudonymises it (section <c>Retention</c>;
/// 152-ФЗ art. 5 p. 7: kept no longer than its purpose requires; ADR 0021 gives the reasons for each default).
/// Periods run from when the purpose was served: an appeal's answer (its registration if never answered), a
/// questionnaire's submission, a call, a sign-in, a quarantined line.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Appeals' consumer account, name, phone, e-mail and address (and control-call comments): 5 years.</summary>
    [Range(1, 100)]
    public int AppealContactYears { get; set; } = 5;

    /// <summary>Answers to questionnaires' contact items (phone, e-mail, name): 12 months, long enough to call back.</summary>
    [Range(1, 1200)]
    public int SurveyContactMonths { get; set; } = 12;

    /// <summary>Free-text answers (which may name a person): 3 years, the span of the trend pages.</summary>
    [Range(1, 100)]
    public int FreeTextYears { get; set; } = 3;

    /// <summary>Call-centre records' caller number: 12 months.</summary>
    [Range(1, 1200)]
    public int CallerPhoneMonths { get; set; } = 12;

    /// <summary>IP addresses in the sign-in log: 12 months.</summary>
    [Range(1, 1200)]
    public int SignInIpMonths { get; set; } = 12;

    /// <summary>Raw lines of rejected import rows (they may hold any register's personal fields): 12 months.</summary>
    [Range(1, 1200)]
    public int QuarantineRawMonths { get; set; } = 12;

    /// <summary>
    /// Survey invitations' addresses (the e-mail or phone an invitation went to) and invitees' client keys, and the
    /// transport's error text beside them: 6 months from planning. Longer than the invitation's life (a week's events,
    /// 30 days' validity, reminders) and than <c>Invitations:OncePerDays</c> (90), which needs the key to hold back a
    /// second invitation. Consent and opt-out rows are kept (they decide whether to invite at all) until an erasure.
    /// </summary>
    [Range(1, 1200)]
    public int InvitationAddressMonths { get; set; } = 6;

    /// <summary>Appeals' own text (the consumer's words, often with names and addresses): 5 years, like their contacts.</summary>
    [Range(1, 100)]
    public int AppealTextYears { get; set; } = 5;

    /// <summary>
    /// Staff free-text comments that may name a consumer — auditors' notes on answers, reviewers' comments, corrective
    /// actions' step notes: 3 years, the span of the trend pages and of the audit trail.
    /// </summary>
    [Range(1, 100)]
    public int StaffCommentYears { get; set; } = 3;

    /// <summary>
    /// User names typed in failed sign-ins (a mistyped name is often someone's e-mail, or a password typed in the
    /// wrong field): 3 months, enough to look into a lockout or an attack.
    /// </summary>
    [Range(1, 1200)]
    public int FailedSignInNameMonths { get; set; } = 3;

    /// <summary>Questionnaire respondents' device data (browser string, coordinates): 12 months.</summary>
    [Range(1, 1200)]
    public int DeviceDataMonths { get; set; } = 12;

    /// <summary>
    /// Partial questionnaire responses (<c>survey_partial</c>, answers a client never sent): deleted 90 days after they
    /// were last saved, long after they count as abandoned (<c>Surveys:PartialAbandonedHours</c>).
    /// </summary>
    [Range(1, 3650)]
    public int PartialResponseDays { get; set; } = 90;

    /// <summary>When the nightly job runs (in Jobs:TimeZone): 04:00, after the backup and the audit prune.</summary>
    public string Cron { get; set; } = "0 4 * * *";
}
