namespace Analytics.Engine.Forms;

/// <summary>Whether a condition's operator and value fit the question it refers to.</summary>
internal static class ValueChecks
{
    /// <summary>Reports a misfit through <paramref name="error"/>; returns true when the condition can never hold.</summary>
    public static bool Impossible(FormKind kind, FormItem target, Condition c, Action<string> error)
    {
        var op = c.Operator;
        var ordering = op is LogicOperator.Greater or LogicOperator.GreaterOrEqual or LogicOperator.Less or LogicOperator.LessOrEqual;
        if (ordering && !QuestionTypes.IsNumeric(target.Type) && target.Type != QuestionType.DateTime)
        {
            error($"сравнение «больше/меньше» неприменимо к вопросу «{target.Code}» типа {target.Type}.");
            return true;
        }
        if (op == LogicOperator.IsNa && kind == FormKind.Questionnaire && target.Type != QuestionType.YesNoNa)
        {
            error($"у вопроса «{target.Code}» нет ответа «неприменимо» — условие никогда не выполнится.");
            return true;
        }
        if (Condition.IsUnary(op) || c.Value is null) return false;

        if (QuestionTypes.HasChoices(target.Type) && op is LogicOperator.Equals or LogicOperator.Contains)
        {
            if (target.Choices.Count > 0 && !target.Choices.Any(ch => string.Equals(ch.Code, c.Value, StringComparison.OrdinalIgnoreCase)))
            {
                error($"значение «{c.Value}» не входит в варианты ответа вопроса «{target.Code}» — условие никогда не выполнится.");
                return true;
            }
        }
        if (target.Type == QuestionType.YesNoNa && op == LogicOperator.Equals && !QuestionTypes.YesNo.Contains(c.Value.Trim().ToLowerInvariant()))
        {
            error($"для вопроса «{target.Code}» (да/нет) значение должно быть yes или no, а не «{c.Value}».");
            return true;
        }
        if (QuestionTypes.IsNumeric(target.Type))
        {
            if (!LogicEvaluator.TryNumber(c.Value, out var v))
            {
                error($"значение «{c.Value}» не число, а вопрос «{target.Code}» числовой.");
                return true;
            }
            var (min, max) = QuestionTypes.Range(target);
            var outside = (min is { } lo && v < lo) || (max is { } hi && v > hi);
            var never = op switch
            {
                LogicOperator.Equals => outside,
                LogicOperator.Greater => max is { } hi2 && v >= hi2,
                LogicOperator.GreaterOrEqual => max is { } hi3 && v > hi3,
                LogicOperator.Less => min is { } lo2 && v <= lo2,
                LogicOperator.LessOrEqual => min is { } lo3 && v < lo3,
                _ => false,
            };
            if (never)
            {
                error($"значение {c.Value} вне диапазона вопроса «{target.Code}» ({min}…{max}) — условие никогда не выполнится.");
                return true;
            }
        }
        return false;
    }
}
