using Analytics.Engine.Forms;

namespace SurveyDesigner.Api;

/// <summary>
/// What a questionnaire page sends about one filling, finished or not: the fields <see cref="SubmissionDto"/> and
/// <see cref="PartialDto"/> share, so the two bodies cannot drift apart (a partial becomes a submission).
/// </summary>
public abstract record FillingDto
{
    public string Id { get; init; } = "";
    public string Form { get; init; } = "";
    public int? Version { get; init; }
    public string? OfficeCode { get; init; }
    public string? Token { get; init; }
    public Dictionary<string, AnswerValue> Answers { get; init; } = new();
}

/// <summary>The JSON body of <c>POST /api/submissions</c> (the offline runner's queued submission).</summary>
public sealed record SubmissionDto : FillingDto
{
    /// <summary><c>online</c> (default) or <c>checklist</c>; a string so the host's JSON options do not matter.</summary>
    public string? Source { get; init; }

    public SubmissionSource SourceKind => Source?.ToLowerInvariant() switch
    {
        null or "" or "online" => SubmissionSource.Online,
        "checklist" => SubmissionSource.Checklist,
        "import" => SubmissionSource.Import,
        _ => SubmissionSource.Demo,
    };
    public string? Channel { get; init; }
    public string? RespondentType { get; init; }
    public DateTime? StartedAt { get; init; }
    public DateTime? FinishedAt { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>The auditor signed in when the audit was queued; only they may send it (a shared tablet).</summary>
    public string? QueuedBy { get; init; }
    /// <summary>The page's partial-response id (save and resume): the partial is deleted with the submission.</summary>
    public string? PartialId { get; init; }
    public List<EvidenceDto> Evidence { get; init; } = [];
}

/// <summary>A file of the submission, as a data URL or plain base64.</summary>
public sealed record EvidenceDto(string ItemCode, string FileName, string ContentType, string Data, DateTime? TakenAt = null)
{
    public EvidenceUpload ToUpload()
    {
        var comma = Data.StartsWith("data:", StringComparison.Ordinal) ? Data.IndexOf(',') : -1;
        byte[] bytes;
        try { bytes = Convert.FromBase64String(comma >= 0 ? Data[(comma + 1)..] : Data); }
        catch (FormatException) { throw SubmissionRejectedException.Of($"Файл «{FileName}» повреждён (неверный base64).", ItemCode); }
        return new EvidenceUpload(ItemCode, FileName, ContentType, bytes, TakenAt);
    }
}
