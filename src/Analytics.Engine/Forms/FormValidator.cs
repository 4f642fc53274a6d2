namespace Analytics.Engine.Forms;

/// <summary>
/// Checks a definition before it is published: codes, choices, ranges, weights and the show-if logic
/// (unknown or later questions, cycles, conditions that can never hold, items that can never be shown).
/// Messages are in Russian, the designer's language, and name the section and item.
/// </summary>
public static class FormValidator
{
    /// <summary>
    /// All findings; publishing is allowed when none is an error. With <paramref name="knownCriteria"/> (the ids of
    /// <see cref="Methodology.CriterionCatalog"/>), an item naming a criterion no methodology defines is an error:
    /// its answers would never reach an indicator.
    /// </summary>
    public static IReadOnlyList<FormIssue> Validate(FormDefinition form, IReadOnlySet<string>? knownCriteria = null)
    {
        var issues = new List<FormIssue>();
        void Error(string? s, string? i, string m) => issues.Add(new(IssueSeverity.Error, s, i, m));
        void Warn(string? s, string? i, string m) => issues.Add(new(IssueSeverity.Warning, s, i, m));

        if (string.IsNullOrWhiteSpace(form.Code)) Error(null, null, "у формы нет кода.");
        if (string.IsNullOrWhiteSpace(form.Title?.Ru)) Error(null, null, "у формы нет названия на русском.");
        if (!form.AllItems().Any()) Error(null, null, "в форме нет ни одного вопроса.");

        foreach (var dup in form.Sections.GroupBy(s => s.Code).Where(g => g.Count() > 1))
            Error(dup.Key, null, $"код раздела «{dup.Key}» повторяется {dup.Count()} раза.");
        foreach (var dup in form.AllItems().GroupBy(i => i.Code).Where(g => g.Count() > 1))
            Error(SectionOf(form, dup.Key), dup.Key, $"код вопроса «{dup.Key}» повторяется {dup.Count()} раза.");

        foreach (var section in form.Sections)
        {
            if (string.IsNullOrWhiteSpace(section.Code)) Error(null, null, $"у раздела «{section.Title?.Ru}» нет кода.");
            if (section.Items.Count == 0) Warn(section.Code, null, "раздел пуст.");
            foreach (var item in section.Items)
            {
                CheckItem(form, section, item, Error, Warn);
                if (form.Kind == FormKind.Questionnaire && item.Critical) issues.Add(CriticalOnQuestionnaire(section, item));
                if (knownCriteria is not null && !string.IsNullOrWhiteSpace(item.CriterionId) && !knownCriteria.Contains(item.CriterionId))
                    Error(section.Code, item.Code, $"критерий «{item.CriterionId}» не найден ни в одной методике — ответы не попадут в показатели.");
            }
        }

        if (form.Kind == FormKind.Checklist && !form.AllItems().Any(i => i.Scored))
            Warn(null, null, "в чек-листе нет ни одного оцениваемого пункта — итоговый балл не будет рассчитан.");

        LogicChecks.Check(form, Error, Warn);
        return issues;
    }

    /// <summary>
    /// #18.3: "critical" opens a client case only when a checklist item fails (ADR 0027); on a client questionnaire it
    /// does nothing, so the designer is warned rather than left to believe a case will open. Not an error: the flag harms nothing.
    /// </summary>
    private static FormIssue CriticalOnQuestionnaire(FormSection section, FormItem item)
    {
        var name = string.IsNullOrWhiteSpace(item.Text?.Ru) ? item.Code : item.Text.Ru;
        var english = string.IsNullOrWhiteSpace(item.Text?.En) ? name : item.Text.En;
        return new FormIssue(IssueSeverity.Warning, section.Code, item.Code,
            $"пункт «{name}» отмечен как критичный, но в анкете клиента критичность не действует: случаи открываются только по критичным пунктам чек-листов.")
        {
            English = $"item “{english}” is marked critical, but criticality has no effect in a client questionnaire: cases open only for critical checklist items.",
        };
    }

    // A timed norm is a yes/no point answered from stopwatch (duration) items of the same form.
    private static void CheckTimed(FormDefinition form, FormItem item, TimedCheck timed, Action<string> error)
    {
        if (item.Type != QuestionType.YesNoNa) error("секундомер может отвечать только на вопрос «да/нет».");
        if (timed.Items.Count == 0 || (timed.Norm is null && timed.AtMostSeconds <= 0)) error("у нормы по секундомеру нет пунктов или норматива.");
        if (timed.Norm is { } norm && !TimedNorms.Names.ContainsKey(norm))
            error($"норма по секундомеру «{norm}» не из методики; допустимы: {string.Join(", ", TimedNorms.Names.Keys)}.");
        foreach (var code in timed.Items)
            if (form.AllItems().FirstOrDefault(x => x.Code == code) is not { Type: QuestionType.Duration })
                error($"норма по секундомеру ссылается на «{code}», а это не пункт-секундомер этой формы.");
    }

    /// <summary>True when no finding is an error.</summary>
    public static bool CanPublish(IReadOnlyList<FormIssue> issues) => issues.All(i => i.Severity != IssueSeverity.Error);

    private static void CheckItem(FormDefinition form, FormSection section, FormItem item,
        Action<string?, string?, string> error, Action<string?, string?, string> warn)
    {
        var s = section.Code;
        if (string.IsNullOrWhiteSpace(item.Code)) { error(s, null, $"у вопроса «{item.Text?.Ru}» нет кода."); return; }
        var i = item.Code;
        if (string.IsNullOrWhiteSpace(item.Text?.Ru)) error(s, i, "нет текста вопроса на русском.");
        foreach (var unknown in NormTexts.UnknownNames(item))
            error(s, i, $"в тексте норматив «{{norm:{unknown}}}» не из методики; допустимы: {string.Join(", ", TimedNorms.Names.Keys)}.");
        if (item.TimedBy is { } timed) CheckTimed(form, item, timed, m => error(s, i, m));
        if (QuestionTypes.HasChoices(item.Type))
        {
            if (item.Choices.Count == 0) error(s, i, "у вопроса с выбором нет вариантов ответа.");
            else if (item.Type != QuestionType.MultipleChoice && item.Choices.Count == 1)
                warn(s, i, "у вопроса с выбором только один вариант ответа.");
            foreach (var dup in item.Choices.GroupBy(c => c.Code).Where(g => g.Count() > 1))
                error(s, i, $"код варианта «{dup.Key}» повторяется.");
            if (item.Choices.Any(c => string.IsNullOrWhiteSpace(c.Code) || string.IsNullOrWhiteSpace(c.Text?.Ru)))
                error(s, i, "у варианта ответа нет кода или текста.");
            if (item.Scored && item.Choices.All(c => c.Score is null))
                error(s, i, "вопрос оценивается, но ни у одного варианта нет балла.");
        }
        else if (item.Choices.Count > 0)
            warn(s, i, "варианты ответа заданы для вопроса, у которого их не бывает, — они не используются.");

        if (item.Weight is { } w)
        {
            if (!item.Scored) error(s, i, "вес задан для неоцениваемого вопроса.");
            if (w <= 0 || double.IsNaN(w) || double.IsInfinity(w)) error(s, i, "вес должен быть положительным числом.");
        }
        if (item.Scored && !QuestionTypes.IsScorable(item.Type))
            error(s, i, $"вопрос типа «{item.Type}» не может оцениваться.");
        if (item.Min is { } min && item.Max is { } max && min > max)
            error(s, i, $"минимум ({min}) больше максимума ({max}).");
        if (!string.IsNullOrWhiteSpace(item.CriterionId) && !item.Scored && !QuestionTypes.IsNumeric(item.Type))
            warn(s, i, "вопрос связан с критерием, но не оценивается и не числовой — критерий не получит значения.");
    }

    internal static string? SectionOf(FormDefinition form, string itemCode) =>
        form.Sections.FirstOrDefault(s => s.Items.Any(i => i.Code == itemCode))?.Code;
}
