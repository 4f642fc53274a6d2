namespace Analytics.Engine.AuditActs;

/// <summary>Everything the act of one audit prints, read once from the store (times already in the office's zone).</summary>
public sealed record AuditAct
{
    public required string SubmissionId { get; init; }
    public required string FormTitle { get; init; }
    public required string FormCode { get; init; }
    public int Version { get; init; }
    public string? OfficeCode { get; init; }
    /// <summary>The office as people name it (name, city and code), or "Компания в целом".</summary>
    public required string OfficeName { get; init; }
    public string? City { get; init; }
    public string? Address { get; init; }
    public string? AuditorLogin { get; init; }
    /// <summary>The auditor's ФИО from the user; the login when the user is unknown.</summary>
    public required string AuditorName { get; init; }
    /// <summary>Wall clock of the office (its time zone, Moscow when unknown).</summary>
    public DateTime? StartedLocal { get; init; }
    public DateTime? FinishedLocal { get; init; }
    public required string ZoneName { get; init; }
    public double? Score { get; init; }
    public IReadOnlyList<ActSection> Sections { get; init; } = [];
    public IReadOnlyList<ActFailedItem> Failed { get; init; } = [];
    public IReadOnlyList<ActNote> Notes { get; init; } = [];
    public IReadOnlyList<ActPhoto> Photos { get; init; } = [];
    /// <summary>Null when the form has no signature item; then the signature block is not printed at all.</summary>
    public ActSignature? Signature { get; init; }
    public required ActReview Review { get; init; }
    public required string SubmissionSha256 { get; init; }
    public required VisitReport Visit { get; init; }
}

public sealed record ActSection(string Title, double? Score, int Applicable, int NotApplicable);

/// <summary>An item not met: its requirement text, the clause of the Standard it checks, and the auditor's note.</summary>
public sealed record ActFailedItem(string Section, string Code, string Requirement, string Clause, string? Note);

public sealed record ActNote(string Item, string Text);

public sealed record ActPhoto(string Item, string FileName, DateTime? TakenLocal, string Sha256, byte[] Content);

/// <summary>The form has a signature item; <see cref="Image"/> is null when it was left unsigned.</summary>
public sealed record ActSignature(string Item, byte[]? Image, string? Sha256);

/// <summary>The reviewer's decision: the latest audit_review row, or "submitted" (на проверке) when there is none.</summary>
public sealed record ActReview(string State, string? Reviewer, DateTime? DecidedLocal, string? Comment);
