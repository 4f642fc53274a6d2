namespace Analytics.Engine.Queries.Records;

/// <summary>
/// A drill key the records cannot be filtered by (an unknown state, form kind, result or criterion). The message is
/// Russian, for the records page; <see cref="English"/> keeps the wording scripts calling the API already match, and
/// the API answers with both (as import reasons are stored, ADR 0026).
/// </summary>
public sealed class RecordKeyException(string russian, string english) : ArgumentException(russian)
{
    public string English { get; } = english;

    /// <summary>"Russian / English", for the API's problem detail.</summary>
    public string Both => $"{Message} / {English}";

    public static RecordKeyException NotOneOf(string key, string value, IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return new($"Значение «{value}» не подходит для «{key}»: допустимы {list}.", $"{key} must be {list}, not '{value}'.");
    }

    public static RecordKeyException UnknownCriterion(string criterion) =>
        new($"Критерий «{criterion}» не найден в методике.", $"Unknown criterion '{criterion}'.");

    public static RecordKeyException WrongKind(string criterion, string measure, string kind) =>
        new($"Критерий «{criterion}» считается по мере {measure}; его записи — не «{kind}».",
            $"Criterion '{criterion}' is measured by {measure}, whose records are not {kind}.");
}
