namespace Analytics.Engine.Webhooks;

/// <summary>
/// The event types a subscriber can ask for (catalogue vocabulary <c>WebhookEvent</c> names them in Russian). The
/// type travels in the body and in the <c>X-Analytics-Event</c> header; <see cref="Ping"/> is the admin's test
/// message to one subscriber and cannot be subscribed to.
/// </summary>
public static class WebhookEvents
{
    public const string SubmissionStored = "submission.stored";
    public const string CaseOpened = "case.opened";
    public const string CaseClosed = "case.closed";
    public const string ImportFinished = "import.finished";
    public const string ReportGenerated = "report.generated";
    public const string Ping = "ping";

    /// <summary>Every type a subscriber may choose, in the order pages list them.</summary>
    public static IReadOnlyList<string> Subscribable { get; } = [SubmissionStored, CaseOpened, CaseClosed, ImportFinished, ReportGenerated];
}
