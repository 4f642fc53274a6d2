using System.Data;
using Analytics.Engine.Audit;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.AuditReview;

/// <summary>
/// Review before results count (#16.2, ADR 0022): a submitted checklist audit is on review until a reviewer approves,
/// returns (with a comment; the auditor may resubmit within <see cref="AuditsOptions.ResubmitDays"/>) or rejects it.
/// Each move appends an <c>audit_review</c> row and an audit-trail entry in one transaction.
/// </summary>
public sealed class AuditReviewService(AnalyticsStore store, AuditsOptions? options = null, TimeProvider? clock = null)
{
    private readonly AuditsOptions _options = options ?? new AuditsOptions();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public AuditsOptions Options => _options;

    /// <summary>Approves an audit awaiting review: from now on it counts.</summary>
    public ReviewItem Approve(string submissionId, string reviewer, string? comment = null) =>
        Move(submissionId, ReviewState.Approved, reviewer, comment);

    /// <summary>Returns an audit for revision; the comment tells the auditor what to fix.</summary>
    public ReviewItem Return(string submissionId, string reviewer, string comment) =>
        Move(submissionId, ReviewState.Returned, reviewer, Required(comment, "Возврат на доработку"));

    /// <summary>Rejects an audit for good (it never counts); the reason is kept.</summary>
    public ReviewItem Reject(string submissionId, string reviewer, string comment) =>
        Move(submissionId, ReviewState.Rejected, reviewer, Required(comment, "Отклонение"));

    /// <summary>
    /// The auditor resubmits a returned audit with what was corrected, within the window; only the audit's own auditor
    /// (or an administrator, <paramref name="asAdmin"/>) may.
    /// </summary>
    public ReviewItem Resubmit(string submissionId, string auditor, string? comment, bool asAdmin = false)
    {
        var item = Get(submissionId) ?? throw new KeyNotFoundException($"No checklist audit {submissionId}.");
        if (!asAdmin && !string.Equals(item.Auditor, auditor, StringComparison.OrdinalIgnoreCase))
            throw new ReviewMoveException("Повторно отправить проверку может только её аудитор.");
        if (item.ResubmitBy is { } by && _clock.GetUtcNow().UtcDateTime > by)
            throw new ReviewMoveException($"Срок повторной отправки истёк ({_options.ResubmitDays} дн. после возврата).");
        return Move(submissionId, ReviewState.Resubmitted, auditor, comment);
    }

    private ReviewItem Move(string submissionId, ReviewState to, string actor, string? comment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        var before = Get(connection, tx, submissionId) ?? throw new KeyNotFoundException($"No checklist audit {submissionId}.");
        if (!ReviewRules.CanMove(before.State, to))
            throw new ReviewMoveException($"Проверку в состоянии «{Vocabulary.Labels.Ru(Vocabulary.Vocab.AuditReviewState, ReviewRules.ToCode(before.State))}» " +
                                          $"нельзя перевести в «{Vocabulary.Labels.Ru(Vocabulary.Vocab.AuditReviewState, ReviewRules.ToCode(to))}».");
        var now = Micro(_clock.GetUtcNow().UtcDateTime);
        connection.Execute("""
            INSERT INTO audit_review (submission_id, seq, state, reviewer, decided_at, comment)
            SELECT $id, coalesce(max(seq), 0) + 1, $state, $actor, $now, $comment FROM audit_review WHERE submission_id = $id
            """, new { id = submissionId, state = ReviewRules.ToCode(to), actor = actor.Trim(), now, comment = Blank(comment) }, tx);
        var after = Get(connection, tx, submissionId)!;
        AuditTrail.Append(connection, tx, actor, ReviewRules.Action(to), AuditKinds.AuditReview, submissionId,
            new { state = ReviewRules.ToCode(before.State) }, new { state = ReviewRules.ToCode(to), comment = Blank(comment) }, now);
        tx.Commit();
        // An approved audit is a re-audit of its office: it settles the open actions of earlier audits (#16.5).
        if (to == ReviewState.Approved) new Actions.AuditItemActions(store, _options, _clock).VerifyByReAudit(submissionId, actor.Trim());
        return after;
    }

    /// <summary>One checklist audit with its state, or null (unknown id or not a checklist audit).</summary>
    public ReviewItem? Get(string submissionId)
    {
        using var connection = store.Open();
        return Get(connection, null, submissionId);
    }

    /// <summary>The audit's review history, oldest first (empty while it was never decided).</summary>
    public IReadOnlyList<ReviewStep> History(string submissionId)
    {
        using var connection = store.Open();
        return [.. connection.Query<(int Seq, string State, string Reviewer, DateTime At, string? Comment)>(
                "SELECT seq, state, reviewer, decided_at, comment FROM audit_review WHERE submission_id = $id ORDER BY seq", new { id = submissionId })
            .Select(r => new ReviewStep(r.Seq, ReviewRules.Parse(r.State), r.Reviewer, r.At, r.Comment))];
    }

    /// <summary>Audits matching the filter, oldest waiting first (the queue is worked first-in, first-out).</summary>
    public IReadOnlyList<ReviewItem> List(ReviewFilter filter)
    {
        var states = (filter.States ?? [ReviewState.Submitted, ReviewState.Resubmitted]).Select(ReviewRules.ToCode);
        using var connection = store.Open();
        return Read(connection, null, """
             AND list_contains(string_split($states, ','), coalesce(r.state, 'submitted'))
             AND ($branch IS NULL OR o.parent_code = $branch OR s.office_code = $branch)
             AND ($office IS NULL OR s.office_code = $office)
             AND ($auditor IS NULL OR lower(s.auditor) = lower($auditor))
            ORDER BY coalesce(r.decided_at, s.submitted_at), s.id LIMIT $take
            """, new { states = string.Join(',', states), branch = filter.Branch, office = filter.Office, auditor = filter.Auditor, take = filter.Take });
    }

    private ReviewItem? Get(IDbConnection connection, IDbTransaction? tx, string id) =>
        Read(connection, tx, " AND s.id = $id", new { id }).FirstOrDefault();

    private List<ReviewItem> Read(IDbConnection connection, IDbTransaction? tx, string where, object args) =>
        [.. connection.Query<Row>($"""
            SELECT s.id AS Id, s.definition_id AS DefinitionId, coalesce(f.title_ru, s.definition_id) AS Form, s.office_code AS OfficeCode,
                   o.name AS OfficeName, s.auditor AS Auditor, s.submitted_at AS SubmittedAt, s.score AS Score,
                   r.state AS State, r.reviewer AS Reviewer, r.decided_at AS DecidedAt, r.comment AS Comment, u.display_name AS AuditorName
            FROM submission s
            LEFT JOIN form_definition f ON f.id = s.definition_id
            LEFT JOIN org_unit o ON o.code = s.office_code
            LEFT JOIN audit_review_current r ON r.submission_id = s.id
            LEFT JOIN app_user u ON lower(u.user_name) = lower(s.auditor)
            WHERE {ReviewRules.IsAuditSql} {where}
            """, args, tx).Select(ToItem)];

    private ReviewItem ToItem(Row r)
    {
        var state = ReviewRules.Parse(r.State);
        return new ReviewItem(r.Id, r.DefinitionId, r.Form, r.OfficeCode, r.OfficeName, r.Auditor, r.SubmittedAt, r.Score, state,
            r.Reviewer, r.DecidedAt, r.Comment)
        { AuditorName = r.AuditorName, ResubmitBy = state == ReviewState.Returned && r.DecidedAt is { } at ? at.AddDays(_options.ResubmitDays) : null };
    }

    private sealed record Row(string Id, string DefinitionId, string Form, string? OfficeCode, string? OfficeName, string? Auditor,
        DateTime SubmittedAt, double? Score, string? State, string? Reviewer, DateTime? DecidedAt, string? Comment, string? AuditorName);

    private static string Required(string? comment, string what) =>
        string.IsNullOrWhiteSpace(comment) ? throw new ArgumentException($"{what}: нужен комментарий для аудитора.", nameof(comment)) : comment.Trim();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static DateTime Micro(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Unspecified);
}
