namespace Analytics.Engine.Forms;

/// <summary>
/// A submission that passed every check that does not need the writer: its form version, answers, evidence and
/// scores are final, so storing it can only fail on the store itself (or a spent invitation, checked in the write).
/// </summary>
internal sealed record PreparedSubmission(
    SubmissionRequest Request,
    PublishedForm Form,
    DateTime SubmittedAt,
    double? Score,
    IReadOnlyList<object?[]> Answers,
    IReadOnlyList<StoredEvidence> Evidence,
    IReadOnlyList<ScorePart> Sections)
{
    public string Id => Request.Id;

    /// <summary>The receipt of the first delivery, handed out once the batch holding it committed.</summary>
    public SubmissionReceipt Receipt => new(Request.Id, Form.DefinitionId, Form.Version, SubmittedAt, Score, Repeated: false);
}
