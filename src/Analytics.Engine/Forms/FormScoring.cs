namespace Analytics.Engine.Forms;

/// <summary>A weighted score in 0..1, with the weight and item counts it rests on; null score when nothing applied.</summary>
public sealed record ScorePart(string Code, double? Score, double Weight, int Applicable, int NotApplicable);

/// <summary>The checklist score per section and in total.</summary>
public sealed record FormScore(double? Total, IReadOnlyList<ScorePart> Sections, IReadOnlyList<ScorePart> Items);

/// <summary>
/// Weighted checklist score Σwᵢ·sᵢ / Σwᵢ over applicable scored items, per section and in total.
/// sᵢ in 0..1: a choice's score over the item's best choice score, yes = 1 and no = 0, a scale answer
/// scaled linearly between its ends. N/A, hidden and unanswered items are excluded; wᵢ defaults to 1.
/// The result is null when no item applies (n = 0), never 0.
/// </summary>
public static class FormScoring
{
    public static FormScore Score(FormDefinition form, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        var visible = LogicEvaluator.VisibleItems(form, answers);
        var sections = new List<ScorePart>();
        var items = new List<ScorePart>();
        foreach (var section in form.Sections)
        {
            var first = items.Count;
            foreach (var item in section.Items.Where(i => i.Scored && visible.Contains(i.Code)))
            {
                if (!answers.TryGetValue(item.Code, out var a) || !a.HasValue) continue;
                if (a.NotApplicable) { items.Add(new(item.Code, null, 0, 0, 1)); continue; }
                if (ItemScore(item, a) is not { } s) continue;
                items.Add(new(item.Code, s, item.Weight ?? 1, 1, 0));
            }
            var parts = items.Skip(first).ToList();
            sections.Add(new(section.Code, Weighted(parts), parts.Sum(p => p.Weight), parts.Sum(p => p.Applicable), parts.Sum(p => p.NotApplicable)));
        }
        return new FormScore(Weighted(items), sections, items);
    }

    // The arithmetic itself is the engine's one checklist formula (Statistics.ChecklistScore); N/A parts carry no score.
    private static double? Weighted(IEnumerable<ScorePart> parts) =>
        Statistics.ChecklistScore.Weighted(parts.Select(p => (p.Weight, p.Score)));

    /// <summary>The item's score in 0..1, or null when the answer carries none.</summary>
    public static double? ItemScore(FormItem item, AnswerValue a)
    {
        if (a.NotApplicable) return null;
        switch (item.Type)
        {
            case QuestionType.YesNoNa:
                return (a.Text ?? a.Choices?.FirstOrDefault()) switch { "yes" => 1, "no" => 0, _ => null };
            case var t when QuestionTypes.HasChoices(t):
                var best = item.Choices.Max(c => c.Score ?? 0);
                var picked = (a.Choices ?? (a.Text is null ? [] : [a.Text]))
                    .Select(code => item.Choices.FirstOrDefault(c => c.Code == code)?.Score).Where(s => s is not null).ToList();
                if (picked.Count == 0 || best <= 0) return null;
                // A multiple choice scores the sum of its picks, capped at the best single choice.
                var sum = t == QuestionType.MultipleChoice ? picked.Sum(s => s!.Value) : picked[0]!.Value;
                return Math.Clamp(sum / best, 0, 1);
            case QuestionType.Rating or QuestionType.Nps or QuestionType.Ces:
                var (min, max) = QuestionTypes.Range(item);
                return a.Number is { } n ? Math.Clamp((n - min!.Value) / (max!.Value - min.Value), 0, 1) : null;
            default:
                return null;
        }
    }

}
