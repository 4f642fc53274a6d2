using Dapper;

namespace Analytics.Engine.Actions;

/// <summary>A photo of the failed item an action was opened for: evidence id, file name, SHA-256 and capture time (UTC; null when the tablet gave none).</summary>
public sealed record ActionPhoto(string EvidenceId, string FileName, string Sha256, DateTime? TakenAtUtc);

/// <summary>The stored bytes of one action photo, with their content type.</summary>
public sealed record ActionPhotoContent(string FileName, string ContentType, byte[] Content);

// The photos of an audit_item action (#16.5): the action names its finding as submission/item (its source reference),
// so its photos are the image evidence of that item in that audit — read from the audit, never copied into the action.
public sealed partial class AuditItemActions
{
    private const string PhotosOf = """
        FROM corrective_action a
        JOIN evidence e ON a.source_ref = e.submission_id || '/' || e.item_code
        WHERE a.id = $action AND a.source_kind = 'audit_item' AND e.content_type LIKE 'image/%'
        """;

    /// <summary>The photos of the action's failed item, oldest capture first; empty for other actions or items without photos.</summary>
    public IReadOnlyList<ActionPhoto> Photos(long actionId)
    {
        using var c = store.Open();
        return [.. c.Query<ActionPhoto>($"""
            SELECT e.id AS EvidenceId, e.file_name AS FileName, e.sha256 AS Sha256, e.taken_at AS TakenAtUtc {PhotosOf}
            ORDER BY coalesce(e.taken_at, '9999-01-01'::TIMESTAMP), e.id
            """, new { action = actionId })];
    }

    /// <summary>One photo of the action, or null when the evidence is not a photo of this action's item (no other evidence is reachable through it).</summary>
    public ActionPhotoContent? Photo(long actionId, string evidenceId)
    {
        using var c = store.Open();
        // DuckDB hands BLOBs out as streams; base64 keeps the query a plain row (as the act reader does).
        var row = c.QuerySingleOrDefault<(string File, string Type, string? Base64)>($"""
            SELECT e.file_name, e.content_type, base64(e.content) {PhotosOf} AND e.id = $evidence
            """, new { action = actionId, evidence = evidenceId });
        return row.Base64 is null ? null : new ActionPhotoContent(row.File, row.Type, Convert.FromBase64String(row.Base64));
    }
}
