namespace Analytics.Engine.Audit;

/// <summary>One stored entry of the audit trail; <see cref="AtUtc"/> is UTC (show it with <c>DisplayTime</c>).</summary>
public sealed record AuditEntry(
    long Seq, DateTime AtUtc, string Actor, string Action, string EntityKind, string EntityId,
    string? BeforeJson, string? AfterJson, string PrevHash, string Hash);

/// <summary>What <c>analytics audit verify</c> reports: entries checked, whether the chain holds, the first broken seq.</summary>
public sealed record AuditVerification(long Entries, bool Intact, long? FirstBroken, string? Reason);

/// <summary>A filter of the admin page and its export: a UTC period [From, To), an actor, an entity kind.</summary>
public sealed record AuditFilter(DateTime? FromUtc = null, DateTime? ToUtc = null, string? Actor = null, string? EntityKind = null, int Take = 1000);

/// <summary>The entity kinds the trail records (the Vocabulary has their Russian labels).</summary>
public static class AuditKinds
{
    public const string Form = "form";
    public const string Methodology = "methodology";
    public const string Plan = "plan";
    public const string User = "user";
    public const string Setting = "setting";
    public const string Assignment = "assignment";
    public const string CorrectiveAction = "corrective_action";
    public const string Classification = "classification";
    public const string Import = "import";
    public const string Audit = "audit";
    public const string AuditPlan = "audit_plan";
    public const string AuditReview = "audit_review";
    /// <summary>The active model of a classification task (entity id: the task).</summary>
    public const string Model = "classifier_model";
    /// <summary>A consumer whose personal data was erased; the entity id is a hash of the key, never the key.</summary>
    public const string Consumer = "consumer";
    /// <summary>A webhook subscriber (ADR 0028); entries never hold its secret.</summary>
    public const string Webhook = "webhook";
    /// <summary>A quarter published on the public results page (entity id: yyyy-Qn).</summary>
    public const string ResultPublication = "result_publication";
    /// <summary>A reviewer's sentiment for a survey comment (entity id: submission/item).</summary>
    public const string CommentSentiment = "comment_sentiment";

    public static IReadOnlyList<string> All { get; } =
        [Form, Methodology, Plan, User, Setting, Assignment, CorrectiveAction, Classification, Import, Audit, AuditPlan, AuditReview, Consumer, Model, Webhook, ResultPublication, CommentSentiment];
}
