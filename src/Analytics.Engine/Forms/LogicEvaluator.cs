using System.Globalization;

namespace Analytics.Engine.Forms;

/// <summary>
/// The single evaluator of show-if logic, used by server validation, the designer preview and (ported
/// line for line to <c>wwwroot/forms-logic.js</c>, tested against the same case table) the offline runner.
/// Semantics: an unanswered question satisfies only <c>not_answered</c>; N/A satisfies only <c>answered</c>
/// and <c>is_na</c>; <c>equals</c> on a multiple choice means exactly that one choice, <c>contains</c> means
/// the choice is among those picked (for text: a case-insensitive substring); ordering compares numbers when
/// both sides are numbers, otherwise ISO text (so dates compare correctly).
/// </summary>
public static class LogicEvaluator
{
    /// <summary>Evaluates a group against the answers; a null or empty group is true.</summary>
    public static bool Evaluate(LogicGroup? group, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        if (group is null || group.IsEmpty) return true;
        var results = group.Conditions.Select(c => Evaluate(c, answers))
            .Concat(group.Groups.Where(g => !g.IsEmpty).Select(g => Evaluate(g, answers)));
        return group.Combinator == LogicCombinator.And ? results.All(r => r) : results.Any(r => r);
    }

    /// <summary>Evaluates one condition.</summary>
    public static bool Evaluate(Condition condition, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        answers.TryGetValue(condition.Question, out var answer);
        var answered = answer is not null && answer.HasValue;
        switch (condition.Operator)
        {
            case LogicOperator.Answered: return answered;
            case LogicOperator.NotAnswered: return !answered;
            case LogicOperator.IsNa: return answer is { NotApplicable: true };
        }
        if (!answered || answer!.NotApplicable) return false;
        var tokens = answer.Tokens();
        var value = condition.Value ?? "";
        return condition.Operator switch
        {
            LogicOperator.Equals => tokens.Count == 1 && Same(tokens[0], value),
            LogicOperator.NotEquals => !(tokens.Count == 1 && Same(tokens[0], value)),
            LogicOperator.Contains => answer.Choices is { Count: > 0 }
                ? tokens.Any(t => Same(t, value))
                : tokens.Any(t => t.Contains(value, StringComparison.OrdinalIgnoreCase)),
            LogicOperator.Greater => tokens.Count == 1 && Compare(tokens[0], value) > 0,
            LogicOperator.GreaterOrEqual => tokens.Count == 1 && Compare(tokens[0], value) >= 0,
            LogicOperator.Less => tokens.Count == 1 && Compare(tokens[0], value) < 0,
            LogicOperator.LessOrEqual => tokens.Count == 1 && Compare(tokens[0], value) <= 0,
            _ => false,
        };
    }

    /// <summary>
    /// Codes of the items visible for these answers, in document order. Hidden items' answers are ignored
    /// while evaluating later logic, so a hidden answer can never reveal anything.
    /// </summary>
    public static IReadOnlySet<string> VisibleItems(FormDefinition form, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        var visible = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var section in form.Sections)
        {
            var sectionShown = Evaluate(section.ShowIf, seen);
            foreach (var item in section.Items)
            {
                if (!sectionShown || !Evaluate(item.ShowIf, seen)) continue;
                visible.Add(item.Code);
                if (answers.TryGetValue(item.Code, out var a)) seen[item.Code] = a;
            }
        }
        return visible;
    }

    private static bool Same(string a, string b)
    {
        if (TryNumber(a, out var x) && TryNumber(b, out var y)) return x.Equals(y);
        return string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static int Compare(string a, string b) =>
        TryNumber(a, out var x) && TryNumber(b, out var y) ? x.CompareTo(y) : string.CompareOrdinal(a, b);

    internal static bool TryNumber(string s, out double value) =>
        double.TryParse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
