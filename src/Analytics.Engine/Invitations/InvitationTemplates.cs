using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Invitations;

/// <summary>One editable text: e-mail or SMS, invitation or reminder.</summary>
public sealed record InvitationTemplate(string Channel, string Kind, string? Subject, string Body, DateTime UpdatedAt, string UpdatedBy);

/// <summary>
/// The Russian templates specialists edit (page «Приглашения»). Placeholders: {ссылка} the questionnaire link,
/// {отписка} the opt-out link (required in every text — a template without it is refused), {офис}, {дата}, {срок}.
/// </summary>
public sealed class InvitationTemplates(AnalyticsStore store)
{
    public const string LinkPlaceholder = "{ссылка}";
    public const string OptOutPlaceholder = "{отписка}";

    public IReadOnlyList<InvitationTemplate> All()
    {
        using var c = store.Open();
        return [.. c.Query<InvitationTemplate>("SELECT channel, kind, subject, body, updated_at AS UpdatedAt, updated_by AS UpdatedBy FROM invitation_template ORDER BY channel, kind")];
    }

    public InvitationTemplate Get(string channel, string kind) =>
        All().FirstOrDefault(t => t.Channel == channel && t.Kind == kind)
        ?? throw new InvalidOperationException($"Нет шаблона {channel}/{kind}.");

    /// <summary>Saves a text; refuses one without the questionnaire or the opt-out link, and an e-mail without a subject.</summary>
    public void Save(string channel, string kind, string? subject, string body, string user, DateTime nowUtc)
    {
        var problem = Check(channel, subject, body);
        if (problem is not null) throw new ArgumentException(problem, nameof(body));
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var before = c.QueryFirstOrDefault<(string? Subject, string Body)?>("SELECT subject, body FROM invitation_template WHERE channel = $channel AND kind = $kind",
            new { channel, kind }, tx) ?? throw new ArgumentException($"Нет шаблона {channel}/{kind}.", nameof(kind));
        subject = channel == "sms" ? null : subject;
        c.Execute("UPDATE invitation_template SET subject = $subject, body = $body, updated_at = $now, updated_by = $user WHERE channel = $channel AND kind = $kind",
            new { channel, kind, subject, body, now = nowUtc, user }, tx);
        // A run-time setting: the audit trail keeps the text before and after (phones and e-mails in it masked).
        Audit.AuditTrail.Append(c, tx, user, "update", Audit.AuditKinds.Setting, $"invitation_template/{channel}/{kind}",
            new { subject = before.Subject, body = before.Body }, new { subject, body }, nowUtc);
        tx.Commit();
    }

    /// <summary>Why a text cannot be saved, or null.</summary>
    public static string? Check(string channel, string? subject, string body)
    {
        if (!body.Contains(LinkPlaceholder, StringComparison.Ordinal)) return $"В тексте нет ссылки на анкету {LinkPlaceholder}.";
        if (!body.Contains(OptOutPlaceholder, StringComparison.Ordinal)) return $"В тексте нет ссылки для отказа {OptOutPlaceholder}: она обязательна в каждом сообщении.";
        if (channel == "email" && string.IsNullOrWhiteSpace(subject)) return "У письма нет темы.";
        return null;
    }

    /// <summary>Fills the placeholders.</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (key, value) in values) text = text.Replace(key, value, StringComparison.Ordinal);
        return text;
    }
}
