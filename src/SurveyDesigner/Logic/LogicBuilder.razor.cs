using Analytics.Engine.Forms;
using Microsoft.AspNetCore.Components;

namespace SurveyDesigner.Logic;

public partial class LogicBuilder
{
    /// <summary>The group being edited; null = always shown.</summary>
    [Parameter] public LogicGroup? Value { get; set; }
    /// <summary>Raised with the new group, or null when the last condition was removed.</summary>
    [Parameter] public EventCallback<LogicGroup?> ValueChanged { get; set; }
    /// <summary>Questions a condition may refer to (those before the edited item).</summary>
    [Parameter] public IReadOnlyList<FormItem> Questions { get; set; } = [];
    [Parameter] public int Depth { get; set; }

    private LogicGroup Group => Value ?? new LogicGroup();

    private Task Emit(LogicGroup group) => ValueChanged.InvokeAsync(group.IsEmpty && Depth == 0 ? null : group);

    private Task SetCombinator(LogicCombinator combinator) => Emit(Group with { Combinator = combinator });

    private Task AddCondition()
    {
        var last = Questions[^1];
        var op = OperatorNames.For(last.Type)[0];
        var value = Condition.IsUnary(op) ? null : OperatorNames.ValuesFor(last).Select(v => v.Code).FirstOrDefault();
        return Emit(Group with { Conditions = [.. Group.Conditions, new Condition(last.Code, op, value)] });
    }

    private Task AddGroup() =>
        Emit(Group with { Groups = [.. Group.Groups, new LogicGroup { Combinator = LogicCombinator.Or, Conditions = [new Condition(Questions[^1].Code, LogicOperator.Answered)] }] });

    private Task Replace(int index, Condition condition)
    {
        // Another question: the old operator and value belonged to the old one's type and choices, so start
        // from the new one's first operator and first value (what a person picks next anyway).
        var target = Questions.FirstOrDefault(q => q.Code == condition.Question);
        if (target is not null && condition.Question != Group.Conditions[index].Question)
        {
            var op = OperatorNames.For(target.Type)[0];
            condition = condition with { Operator = op, Value = Condition.IsUnary(op) ? null : OperatorNames.ValuesFor(target).Select(v => v.Code).FirstOrDefault() };
        }
        else if (target is not null && !OperatorNames.For(target.Type).Contains(condition.Operator))
            condition = condition with { Operator = OperatorNames.For(target.Type)[0] };
        if (Condition.IsUnary(condition.Operator)) condition = condition with { Value = null };
        var list = Group.Conditions.ToList();
        list[index] = condition;
        return Emit(Group with { Conditions = list });
    }

    private Task Remove(int index) => Emit(Group with { Conditions = [.. Group.Conditions.Where((_, i) => i != index)] });

    private Task ReplaceGroup(int index, LogicGroup? group)
    {
        var list = Group.Groups.ToList();
        if (group is null || group.IsEmpty) list.RemoveAt(index); else list[index] = group;
        return Emit(Group with { Groups = list });
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..39] + "…";

    /// <summary>"code — text" of an earlier question; a code no earlier question has is named as not found.</summary>
    private string QuestionName(string? code) =>
        Questions.FirstOrDefault(q => q.Code == code) is { } q ? $"{q.Code} — {Short(q.Text.Ru)}" : $"{code} (не найден)";

    /// <summary>The label of a choice value; the empty value is "—".</summary>
    private static string ValueName(IReadOnlyList<(string Code, string Label)> values, string? code) =>
        string.IsNullOrEmpty(code) ? "—" : values.FirstOrDefault(v => v.Code == code).Label ?? code;
}
