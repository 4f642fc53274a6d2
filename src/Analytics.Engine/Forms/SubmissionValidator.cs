using System.Globalization;

namespace Analytics.Engine.Forms;

/// <summary>A problem with one submitted answer, with a Russian message for the respondent.</summary>
public sealed record AnswerError(string ItemCode, string Message);

/// <summary>The outcome of checking answers: the answers kept (visible items only) and the errors.</summary>
public sealed record AnswerCheck(IReadOnlyDictionary<string, AnswerValue> Accepted, IReadOnlyList<AnswerError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Checks answers against a published definition: required items (only when visible), types, choice codes
/// and ranges. Answers to hidden or unknown items are dropped, never stored.
/// </summary>
public static class SubmissionValidator
{
    public static AnswerCheck Check(FormDefinition form, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        var visible = LogicEvaluator.VisibleItems(form, answers);
        var accepted = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        var errors = new List<AnswerError>();
        foreach (var item in form.AllItems().Where(i => visible.Contains(i.Code)))
        {
            answers.TryGetValue(item.Code, out var answer);
            if (answer is null || !answer.HasValue)
            {
                if (item.Required) errors.Add(new(item.Code, $"Ответьте на вопрос «{item.Text.Ru}».")); 
                // Evidence-only entries (time spent, a note) are still worth keeping on a checklist.
                else if (answer is not null && (answer.Note is not null || answer.SecondsSpent is not null)) accepted[item.Code] = answer;
                continue;
            }
            var message = CheckValue(form.Kind, item, answer);
            if (message is null) accepted[item.Code] = answer;
            else errors.Add(new(item.Code, message));
        }
        return new AnswerCheck(accepted, errors);
    }

    private static string? CheckValue(FormKind kind, FormItem item, AnswerValue a)
    {
        var title = item.Text.Ru;
        if (a.NotApplicable)
            return kind == FormKind.Checklist || item.Type == QuestionType.YesNoNa ? null : $"Для вопроса «{title}» нельзя выбрать «неприменимо».";
        switch (item.Type)
        {
            case QuestionType.SingleChoice or QuestionType.Dropdown or QuestionType.MultipleChoice:
                var codes = a.Choices ?? (a.Text is null ? [] : [a.Text]);
                if (codes.Count == 0) return $"Выберите вариант ответа на вопрос «{title}».";
                if (item.Type != QuestionType.MultipleChoice && codes.Count > 1) return $"На вопрос «{title}» можно выбрать только один вариант.";
                var unknown = codes.FirstOrDefault(c => item.Choices.All(ch => ch.Code != c));
                if (unknown is not null) return $"Вариант «{unknown}» не предусмотрен в вопросе «{title}».";
                if (item.Type == QuestionType.MultipleChoice && codes.Distinct().Count() != codes.Count) return $"Варианты в вопросе «{title}» повторяются.";
                if (item.Type == QuestionType.MultipleChoice && item.Max is { } maxPicks && codes.Count > maxPicks)
                    return $"В вопросе «{title}» можно выбрать не больше {maxPicks} вариантов.";
                return null;
            case QuestionType.YesNoNa:
                var yn = a.Text ?? a.Choices?.FirstOrDefault();
                return yn is "yes" or "no" ? null : $"Ответ на вопрос «{title}» должен быть «да», «нет» или «неприменимо».";
            case var t when QuestionTypes.IsNumeric(t):
                if (a.Number is not { } n || double.IsNaN(n) || double.IsInfinity(n)) return $"Ответ на вопрос «{title}» должен быть числом.";
                if (t is QuestionType.Rating or QuestionType.Nps or QuestionType.Ces && n != Math.Floor(n)) return $"Оценка в вопросе «{title}» должна быть целым числом.";
                var (min, max) = QuestionTypes.Range(item);
                if (min is { } lo && n < lo) return $"Значение в вопросе «{title}» должно быть не меньше {Format(lo)}.";
                if (max is { } hi && n > hi) return $"Значение в вопросе «{title}» должно быть не больше {Format(hi)}.";
                return null;
            case QuestionType.DateTime:
                return a.Text is not null && DateTime.TryParse(a.Text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)
                    ? null : $"В вопросе «{title}» укажите дату и время.";
            case QuestionType.ShortText or QuestionType.LongText:
                var limit = (int)(item.Max ?? (item.Type == QuestionType.ShortText ? 200 : 4000));
                var length = a.Text?.Length ?? 0;
                if (length > limit) return $"Ответ на вопрос «{title}» длиннее {limit} символов.";
                if (item.Min is { } minLen && length < minLen) return $"Ответ на вопрос «{title}» короче {Format(minLen)} символов.";
                return null;
            default:
                // Photo, file and signature answers are references to stored evidence (file names / ids).
                return null;
        }
    }

    private static string Format(double v) => v.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
}
