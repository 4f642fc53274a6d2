using Analytics.Engine.Forms;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.AuditActs;

/// <summary>
/// The one rule for what a checklist item's answer proves (ADR 0023, 0030): failed, passed, or nothing. The act, the
/// failed items of an audit that open corrective actions, the Audits page's failed-items list and the annual report's
/// «Наиболее частые несоответствия» all judge by it — the stored number alone cannot (a 0 is also a wait of 0 seconds).
/// </summary>
internal static class AuditRules
{
    /// <summary>
    /// A superset of the failed answers in SQL over <c>answer a</c>, so a list reads only the rows worth judging; the
    /// judgement itself is <see cref="Failed"/>. Covers a "no" as the runner stores it (text "no", value 0) and as an
    /// audits file may carry it (0 without text).
    /// </summary>
    public const string MayFailSql = "(NOT a.not_applicable AND (a.value_num = 0 OR a.value_text = 'no'))";

    /// <summary>
    /// Not N/A, and a yes/no item answered "no" (stored as text "no", or — from an audits file — as 0 without text), or
    /// a scored item that scored 0. An unscored item (a duration, a date, a remark) never fails, whatever its value.
    /// </summary>
    public static bool Failed(FormItem item, ActAnswer answer) =>
        !answer.NotApplicable && (item.Type == QuestionType.YesNoNa ? YesNo(answer) == "no" : item.Scored && answer.Number == 0);

    /// <summary>
    /// Passed: answered, not N/A and not failed — a yes/no item answered "yes", a scored item above 0. An item left
    /// out or marked N/A neither passes nor fails (it proves nothing about a finding).
    /// </summary>
    public static bool Passed(FormItem item, ActAnswer answer) =>
        !answer.NotApplicable && !Failed(item, answer)
        && (item.Type == QuestionType.YesNoNa ? YesNo(answer) == "yes" : item.Scored && answer.Number > 0);

    /// <summary>A yes/no answer: its text, else its number (1 yes, 0 no) when an audits file gave digits.</summary>
    private static string? YesNo(ActAnswer a) => a.Text ?? a.Number switch { 0 => "no", 1 => "yes", _ => null };

    /// <summary>The clause an item checks: its own <c>source</c>, else the clause of the criterion it feeds, else "—".</summary>
    public static string Clause(FormItem item, IReadOnlyDictionary<string, string> clauses) =>
        item.Source ?? (item.CriterionId is { } criterion && clauses.TryGetValue(criterion, out var clause) ? clause : "—");

    /// <summary>Criterion id → the clause of the Standard it comes from, for items that name a criterion but no clause.</summary>
    public static Dictionary<string, string> Clauses(AnalyticsStore store)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in new MethodologyRepository(store).All().SelectMany(d => d.Criteria)) result.TryAdd(c.Id, c.Source);
        return result;
    }
}

/// <summary>A stored answer of a checklist audit, with the form version it was given on (what <see cref="AuditItemJudge"/> judges).</summary>
internal sealed record StoredAuditAnswer(string SubmissionId, string DefinitionId, int Version, string ItemCode, double? Number, string? Text, bool NotApplicable)
{
    public ActAnswer Answer => new(ItemCode, Number, Text, NotApplicable, null);
}

/// <summary>
/// Judges stored answers by <see cref="AuditRules"/> against the item of the form version each audit was filled on,
/// for the lists that read many audits at once. An answer whose form version or item is unknown proves nothing, as in
/// the act (it has no requirement to print and no action to open).
/// </summary>
internal sealed class AuditItemJudge(DuckDBConnection connection)
{
    private readonly Dictionary<(string Form, int Version), Dictionary<string, FormItem>?> _forms = [];

    public bool Failed(StoredAuditAnswer a) => Item(a) is { } item && AuditRules.Failed(item, a.Answer);

    public bool Passed(StoredAuditAnswer a) => Item(a) is { } item && AuditRules.Passed(item, a.Answer);

    private FormItem? Item(StoredAuditAnswer a)
    {
        if (!_forms.TryGetValue((a.DefinitionId, a.Version), out var items))
        {
            var json = connection.QuerySingleOrDefault<string?>(
                "SELECT json FROM form_version WHERE definition_id = $id AND version = $version", new { id = a.DefinitionId, version = a.Version });
            items = null;
            if (json is not null)
            {
                try { items = FormJson.Deserialize(json, a.DefinitionId).AllItems().ToDictionary(i => i.Code, StringComparer.Ordinal); }
                catch (Exception e) when (e is FormatException or InvalidDataException or System.Text.Json.JsonException) { /* proves nothing */ }
            }
            _forms[(a.DefinitionId, a.Version)] = items;
        }
        return items is not null && items.TryGetValue(a.ItemCode, out var item) ? item : null;
    }
}
