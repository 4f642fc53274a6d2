namespace Analytics.Engine.Statistics;

/// <summary>Audit checklist scoring.</summary>
public static class ChecklistScore
{
    /// <summary>
    /// Weighted checklist score Σ wᵢ·sᵢ / Σ wᵢ over applicable items; an item whose score is <c>null</c> is N/A and
    /// leaves both sums. The result is on the scale of the item scores (0…1 for pass/fail items, 0…100 for
    /// percentages). Returns <c>null</c> when no item is applicable or all applicable weights are 0. Weights must be
    /// finite and ≥ 0; scores finite.
    /// </summary>
    public static double? Weighted(IEnumerable<(double weight, double? score)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        double weighted = 0, weights = 0;
        var index = 0;
        foreach (var (weight, score) in items)
        {
            if (!double.IsFinite(weight) || weight < 0)
                throw new ArgumentOutOfRangeException(nameof(items), weight, $"Item #{index} has an invalid weight.");
            if (score is { } s)
            {
                if (!double.IsFinite(s)) throw new ArgumentOutOfRangeException(nameof(items), s, $"Item #{index} has an invalid score.");
                weighted += weight * s;
                weights += weight;
            }

            index++;
        }

        return weights > 0 ? weighted / weights : null;
    }
}
