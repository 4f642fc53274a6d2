using Analytics.Engine.Methodology;

namespace Analytics.Engine.Plans;

/// <summary>How a plan trajectory is rounded: not at all, or each year's value to 4 decimals before the next step.</summary>
public enum TrajectoryRounding { None, EachStep4dp }

/// <summary>One year of a plan trajectory.</summary>
public sealed record TrajectoryPoint(int Year, double Value);

/// <summary>A target's outcome code and the coefficient it carries in the generalized indicator.</summary>
public sealed record WeightedOutcome(string Target, int Outcome, double Coefficient);

/// <summary>
/// Plan versus fact: trajectories, outcome codes with tolerance, the generalized indicator. Pure functions;
/// the rules not recovered from the regulation are settings of the methodology (see its <c>assumptions</c>).
/// </summary>
public static class PlanService
{
    /// <summary>
    /// Plans for baseYear+1 … toYear: each year = previous × <paramref name="factor"/> (0.985 = −1.5 % a year).
    /// <see cref="TrajectoryRounding.EachStep4dp"/> rounds every step (half away from zero) before the next one;
    /// None keeps full precision (round only when showing). toYear ≤ baseYear gives an empty list.
    /// </summary>
    public static IReadOnlyList<TrajectoryPoint> Trajectory(double baseValue, int baseYear, int toYear,
        double factor = 0.985, TrajectoryRounding rounding = TrajectoryRounding.None)
    {
        if (factor <= 0 || double.IsNaN(factor)) throw new ArgumentOutOfRangeException(nameof(factor), "factor must be > 0");
        var points = new List<TrajectoryPoint>();
        var value = baseValue;
        for (var year = baseYear + 1; year <= toYear; year++)
        {
            value *= factor;
            if (rounding == TrajectoryRounding.EachStep4dp) value = Math.Round(value, 4, MidpointRounding.AwayFromZero);
            points.Add(new TrajectoryPoint(year, value));
        }
        return points;
    }

    /// <summary>
    /// Outcome code of <paramref name="actual"/> against <paramref name="plan"/> with tolerance k (0.30 = 30 %).
    /// Lower is better: improved (+1) if Ф &lt; П·(1−k); not achieved (−1) if Ф &gt; П·(1+k); else achieved (0).
    /// Higher is better: mirrored. Codes come from <paramref name="settings"/> (defaults 0 / −1 / +1).
    /// </summary>
    public static int Outcome(double plan, double actual, double tolerance, Direction direction, PlanSettings? settings = null)
    {
        if (tolerance < 0) throw new ArgumentOutOfRangeException(nameof(tolerance), "tolerance must be ≥ 0");
        settings ??= new PlanSettings();
        var better = direction == Direction.Lower ? actual < plan * (1 - tolerance) : actual > plan * (1 + tolerance);
        var worse = direction == Direction.Lower ? actual > plan * (1 + tolerance) : actual < plan * (1 - tolerance);
        return better ? settings.OutcomeImproved : worse ? settings.OutcomeNotAchieved : settings.OutcomeAchieved;
    }

    /// <summary>
    /// Generalized indicator Σ coefficientᵢ · outcomeᵢ over the targets with a coefficient (grid company defaults
    /// 0.65 / 0.25 / 0.1). A target without an outcome contributes nothing; range −Σc…+Σc.
    /// </summary>
    public static double Generalized(IReadOnlyDictionary<string, int> outcomes, IReadOnlyList<GeneralizedCoefficient> coefficients) =>
        coefficients.Sum(c => outcomes.TryGetValue(c.Target, out var o) ? c.Coefficient * o : 0);

    /// <summary>Parses "none" / "each-step-4dp".</summary>
    public static TrajectoryRounding ParseRounding(string text) => text.ToLowerInvariant() switch
    {
        "none" => TrajectoryRounding.None,
        "each-step-4dp" or "eachstep4dp" => TrajectoryRounding.EachStep4dp,
        _ => throw new ArgumentException($"Unknown rounding '{text}': use none or each-step-4dp.", nameof(text)),
    };
}
