using Analytics.Engine.Methodology;

namespace Analytics.Engine.Forms;

/// <summary>
/// The one place a stopwatch norm's limit comes from (issue 14): a timed yes/no item names a methodology norm
/// (<c>timedBy.norm</c>: <c>queueWaitMinutes</c>, <c>receptionMinutes</c>, <c>totalMinutes</c>, <c>callAnswerSeconds</c>,
/// <c>informationMinutes</c>)
/// and is judged against the methodology's number, so a copied methodology with another norm moves the checklist
/// verdict with the indicators. <c>atMostSeconds</c> is only for a company's own timed items that no methodology
/// norm covers.
/// </summary>
public static class TimedNorms
{
    /// <summary>Norm names a timed item may give, with the methodology's limit in seconds.</summary>
    public static readonly IReadOnlyDictionary<string, Func<ComplianceNorms, double>> Names = new Dictionary<string, Func<ComplianceNorms, double>>(StringComparer.Ordinal)
    {
        ["queueWaitMinutes"] = n => n.QueueWaitMinutes * 60,
        ["receptionMinutes"] = n => n.ReceptionMinutes * 60,
        ["totalMinutes"] = n => n.TotalMinutes * 60,
        ["callAnswerSeconds"] = n => n.CallAnswerSeconds,
        ["informationMinutes"] = n => n.InformationMinutes * 60,
    };

    /// <summary>The limit in seconds: the methodology's norm when the item names one, else its own <c>atMostSeconds</c>.</summary>
    public static double Seconds(TimedCheck timed, ComplianceNorms norms)
    {
        ArgumentNullException.ThrowIfNull(timed);
        ArgumentNullException.ThrowIfNull(norms);
        if (timed.Norm is null) return timed.AtMostSeconds;
        return Names.TryGetValue(timed.Norm, out var limit) ? limit(norms)
            : throw new ArgumentException($"timedBy.norm '{timed.Norm}' is not one of {string.Join(", ", Names.Keys)}.", nameof(timed));
    }

    /// <summary>The definition with every named norm's limit written into <c>atMostSeconds</c>: what the tablet runner pre-answers with.</summary>
    public static FormDefinition Resolve(FormDefinition form, ComplianceNorms norms)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!form.AllItems().Any(i => i.TimedBy?.Norm is not null)) return form;
        return form with
        {
            Sections = [.. form.Sections.Select(s => s with
            {
                Items = [.. s.Items.Select(i => i.TimedBy is { Norm: not null } t ? i with { TimedBy = t with { AtMostSeconds = Seconds(t, norms) } } : i)],
            })],
        };
    }

    /// <summary>
    /// "yes" when the stopwatch items' sum is within the limit, "no" beyond it; null when a measured time is missing.
    /// </summary>
    public static string? Verdict(TimedCheck timed, IReadOnlyDictionary<string, AnswerValue> answers, ComplianceNorms norms)
    {
        ArgumentNullException.ThrowIfNull(answers);
        double total = 0;
        foreach (var code in timed.Items)
        {
            if (!answers.TryGetValue(code, out var a) || a.NotApplicable || a.Number is not { } seconds || !double.IsFinite(seconds)) return null;
            total += seconds;
        }
        return total <= Seconds(timed, norms) ? "yes" : "no";
    }

    /// <summary>
    /// The answers with every unanswered timed item judged from its stopwatch items, as the runner does on the tablet
    /// (an auditor's own yes/no is kept). <paramref name="norms"/> is asked only when there is something to judge.
    /// </summary>
    public static IReadOnlyDictionary<string, AnswerValue> PreAnswer(FormDefinition form, IReadOnlyDictionary<string, AnswerValue> answers, Func<ComplianceNorms> norms)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(norms);
        var open = form.AllItems().Where(i => i.TimedBy is not null && (!answers.TryGetValue(i.Code, out var a) || !a.HasValue)).ToList();
        if (open.Count == 0) return answers;
        var resolved = norms();
        var filled = new Dictionary<string, AnswerValue>(answers, StringComparer.Ordinal);
        foreach (var item in open)
            if (Verdict(item.TimedBy!, answers, resolved) is { } verdict)
                filled[item.Code] = (answers.GetValueOrDefault(item.Code) ?? new AnswerValue()) with { Text = verdict };
        return filled;
    }
}
