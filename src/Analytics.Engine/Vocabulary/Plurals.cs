using System.Globalization;

namespace Analytics.Engine.Vocabulary;

/// <summary>
/// Russian agreement of a noun with a count, one rule for every page and report: 1, 21, 101 → "вопрос";
/// 2–4, 22–24 → "вопроса"; 0, 5–20, 11–14 (and 111–114) → "вопросов".
/// </summary>
public static class Plurals
{
    /// <summary>The noun form for <paramref name="n"/>: <paramref name="one"/> (1), <paramref name="few"/> (2), <paramref name="many"/> (5).</summary>
    public static string Plural(long n, string one, string few, string many)
    {
        var abs = Math.Abs(n);
        var (last, lastTwo) = (abs % 10, abs % 100);
        if (lastTwo is >= 11 and <= 14) return many;
        return last switch { 1 => one, >= 2 and <= 4 => few, _ => many };
    }

    /// <summary>The count with its noun, grouped as numbers are ("1 204 вопроса"), joined by a no-break space.</summary>
    public static string Count(long n, string one, string few, string many) =>
        n.ToString("#,0", Labels.Russian) + Numbers.Space + Plural(n, one, few, many);
}
