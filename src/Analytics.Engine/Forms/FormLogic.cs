namespace Analytics.Engine.Forms;

/// <summary>Comparison of a show-if condition. Serialised in snake_case (<c>greater_or_equal</c>, <c>is_na</c>).</summary>
public enum LogicOperator
{
    Equals, NotEquals, Greater, GreaterOrEqual, Less, LessOrEqual, Contains, Answered, NotAnswered, IsNa,
}

/// <summary>How the members of a group combine.</summary>
public enum LogicCombinator { And, Or }

/// <summary>One condition on an earlier question: <c>question operator value</c>.</summary>
public sealed record Condition(string Question, LogicOperator Operator, string? Value = null)
{
    /// <summary>Operators that need no value.</summary>
    public static bool IsUnary(LogicOperator op) => op is LogicOperator.Answered or LogicOperator.NotAnswered or LogicOperator.IsNa;
}

/// <summary>Conditions and nested groups joined by one combinator; an empty group is true.</summary>
public sealed record LogicGroup
{
    public LogicCombinator Combinator { get; init; } = LogicCombinator.And;
    public IReadOnlyList<Condition> Conditions { get; init; } = [];
    public IReadOnlyList<LogicGroup> Groups { get; init; } = [];

    /// <summary>A group of one condition.</summary>
    public static LogicGroup Of(string question, LogicOperator op, string? value = null) =>
        new() { Conditions = [new Condition(question, op, value)] };

    /// <summary>Every condition in this group and its nested groups.</summary>
    public IEnumerable<Condition> AllConditions() => Conditions.Concat(Groups.SelectMany(g => g.AllConditions()));

    public bool IsEmpty => Conditions.Count == 0 && Groups.All(g => g.IsEmpty);
}
