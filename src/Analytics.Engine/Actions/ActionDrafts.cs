using System.Globalization;

namespace Analytics.Engine.Actions;

/// <summary>A proposed action: the measure to take (its title) and the finding that calls for it (its description).</summary>
public sealed record ActionDraft(string Title, string Description);

/// <summary>
/// What an action is proposed as, wherever one is opened (Overview, Audits, Appeals, the demo): D24 found the "Мера"
/// column holding the reason ("Жалоба … не дан в срок") or a code. The title says what will be done; the finding goes
/// to the description. The person opening the action may rewrite the title before saving. Stored text, so Russian.
/// </summary>
public static class ActionDrafts
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>A complaint answered late (or not at all).</summary>
    public static ActionDraft ForComplaint(string registerNo, DateOnly? dueOn) => new(
        "Разобрать нарушение срока ответа с исполнителем, дать потребителю ответ по существу и усилить контроль сроков в офисе",
        dueOn is { } due
            ? $"Жалоба {registerNo}: ответ не дан в срок ({due.ToString("dd.MM.yyyy", Ru)})"
            : $"Жалоба {registerNo}: ответ не дан в срок");

    /// <summary>A checklist item an audit found not done.</summary>
    public static ActionDraft ForAuditItem(string itemText, string form, string office, DateTime? auditedAt = null) => new(
        $"Устранить нарушение: {TrimQuestion(itemText)}",
        $"Не выполнен пункт чек-листа «{form}»: {office}" + (auditedAt is { } at ? $", проверка {at.ToString("dd.MM.yyyy", Ru)}" : ""));

    /// <summary>
    /// A failed item as the audit found it (#16.5): the measure from the requirement; the finding names the checklist,
    /// office, visit day and audit, the requirement with its clause of the Standard, the auditor's note and the photos
    /// by reference (evidence id, file, SHA-256 as the act prints it), one fact a line.
    /// </summary>
    public static ActionDraft ForFailedItem(FailedAuditItem item)
    {
        var lines = new List<string>
        {
            $"Не выполнен пункт чек-листа «{item.Form}»: {item.OfficeName}, проверка {item.VisitDate.ToString("dd.MM.yyyy", Ru)} ({item.SubmissionId})",
            $"Требование: {item.Requirement}",
            $"Пункт Стандарта: {item.Clause}",
        };
        if (!string.IsNullOrWhiteSpace(item.Note)) lines.Add($"Замечание аудитора: {item.Note.Trim()}");
        if (item.Photos.Count > 0)
            lines.Add("Фото: " + string.Join("; ", item.Photos.Select(p => $"{p.FileName} ({p.EvidenceId}, SHA-256 {p.Sha256.ToUpperInvariant()})")));
        return new ActionDraft($"Устранить нарушение: {TrimQuestion(item.Requirement)}", string.Join("\n", lines));
    }

    /// <summary>An indicator below plan for a unit and year.</summary>
    public static ActionDraft ForIndicator(string indicator, string? unit, int year, string value, string plan) => new(
        $"Разработать и выполнить план мероприятий по выводу показателя «{indicator}» на плановый уровень {plan}",
        $"«{indicator}» ниже плана: {(string.IsNullOrWhiteSpace(unit) ? "" : unit + ", ")}{year} — {value} при плане {plan}");

    /// <summary>
    /// A case opened by a rule (ADR 0027): the measure says what the owner does for the client; the finding names the
    /// trigger in words, its detail and the office.
    /// </summary>
    public static ActionDraft ForCase(string trigger, string detail, string office) => new(
        trigger switch
        {
            "detractor" => "Связаться с клиентом, выяснить причину низкой оценки и устранить её",
            "poor_quality_complaint" => "Связаться с клиентом по жалобе, устранить причину ненадлежащего качества и провести контрольный звонок",
            "critical_audit_item" => "Немедленно устранить нарушение критичного пункта проверки",
            _ => "Дать клиенту ответ по существу и разобрать причину просрочки",
        },
        $"{Vocabulary.Labels.Ru(Vocabulary.Vocab.CaseTrigger, trigger)}: {detail}; {office}");

    /// <summary>A checklist item is often a question ("Стенд размещён?"): the measure reads as a statement.</summary>
    private static string TrimQuestion(string text) => text.Trim().TrimEnd('?', ' ');
}
