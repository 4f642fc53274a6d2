using System.Globalization;
using Analytics.Engine.Methodology;

namespace Analytics.Engine.Vocabulary;

/// <summary>The vocabularies whose codes a person can see; each code has a Russian and an English label.</summary>
public enum Vocab
{
    Indicator, Criterion, AppealKind, Topic, AppealStatus, AppealOutcome, Channel, ConsumerType, ImportKind,
    ReviewTask, ReviewLabel, ActionStatus, ActionSource, ActionEvent, RecordKind, OrgLevel, AnswerValue, FormKind, SubmissionSource,
    AuditKind, AuditAction,
    AuditReviewState, AuditRecurrence, AuditCoverageState, VisitFlag,
    QueueService, CallUnit, Sentiment, TermKind,
    CaseTrigger, CaseState, CaseOutcome, CaseLevel, CaseEvent,
    WebhookEvent, WebhookState, NotificationKind,
    CriterionNote,
}

/// <summary>
/// The one catalogue of visible codes: pages, exports, PDFs and the API ask it for a label instead of keeping their
/// own switch. Indicators and criteria come from the shipped methodologies (their nameRu/nameEn), so a new criterion
/// is named where it is defined; every other vocabulary is listed in <see cref="LabelTables"/>.
/// </summary>
public static class Labels
{
    private static readonly Lazy<Dictionary<Vocab, Dictionary<string, (string Ru, string En)>>> All = new(Build);

    /// <summary>The label of <paramref name="code"/> in the culture's language (Russian unless it is English);
    /// an unknown code is returned as it is, so nothing is hidden, and the browser test catches it.</summary>
    public static string Of(Vocab vocabulary, string? code, CultureInfo? culture = null)
    {
        if (string.IsNullOrEmpty(code)) return "";
        if (!All.Value[vocabulary].TryGetValue(code, out var label)) return code;
        return IsEnglish(culture ?? CultureInfo.CurrentUICulture) ? label.En : label.Ru;
    }

    /// <summary>The Russian label (PDFs and other Russian-only outputs).</summary>
    public static string Ru(Vocab vocabulary, string? code) => Of(vocabulary, code, Russian);

    /// <summary>True when the catalogue knows the code.</summary>
    public static bool Knows(Vocab vocabulary, string code) => All.Value[vocabulary].ContainsKey(code);

    /// <summary>Every code of a vocabulary with both labels (for tests and pickers).</summary>
    public static IReadOnlyDictionary<string, (string Ru, string En)> Entries(Vocab vocabulary) => All.Value[vocabulary];

    /// <summary>A criterion or an indicator: benchmark and trend pickers list both under one code.</summary>
    public static string Item(string? code, CultureInfo? culture = null) =>
        code is not null && Knows(Vocab.Indicator, code) ? Of(Vocab.Indicator, code, culture) : Of(Vocab.Criterion, code, culture);

    /// <summary>
    /// Who did something, as people read it: the built-in actor "system" (defaults written at first start, the CLI,
    /// migrations) is "система (по умолчанию)"; a login is shown as it is.
    /// </summary>
    public static string Actor(string? actor, CultureInfo? culture = null)
    {
        var english = IsEnglish(culture ?? CultureInfo.CurrentUICulture);
        return actor switch
        {
            null or Audit.AuditTrail.System => english ? "system (default)" : "система (по умолчанию)",
            Audit.AuditTrail.Demo => english ? "demo data" : "демонстрационные данные",
            Audit.AuditTrail.FirstRun => english ? "first start" : "первый запуск",
            _ => actor,
        };
    }

    /// <summary>The unit of a criterion's value (share, index, percent, count, flag); share when unknown.</summary>
    public static string UnitOf(string criterion) => Units.Value.TryGetValue(criterion, out var unit) ? unit : "share";

    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private static readonly Lazy<Dictionary<string, string>> Units = new(() =>
        MethodologyRepository.Defaults.SelectMany(d => d.Criteria).GroupBy(c => c.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Unit, StringComparer.Ordinal));

    private static Dictionary<Vocab, Dictionary<string, (string Ru, string En)>> Build()
    {
        var all = LabelTables.Fixed.ToDictionary(p => p.Key, p => new Dictionary<string, (string, string)>(p.Value, StringComparer.Ordinal));
        var indicators = all[Vocab.Indicator] = new(StringComparer.Ordinal);
        var criteria = all[Vocab.Criterion] = new(StringComparer.Ordinal);
        foreach (var doc in MethodologyRepository.Defaults)
        {
            foreach (var i in doc.Indicators) indicators.TryAdd(i.Id, (i.NameRu, i.NameEn));
            foreach (var c in doc.Criteria) criteria.TryAdd(c.Id, (c.NameRu, c.NameEn));
        }
        foreach (var v in Enum.GetValues<Vocab>()) all.TryAdd(v, new(StringComparer.Ordinal));
        return all;
    }
}
