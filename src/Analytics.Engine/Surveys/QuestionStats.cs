using Analytics.Engine.Forms;
using Analytics.Engine.Statistics;

namespace Analytics.Engine.Surveys;

/// <summary>Turns a question's value counts into its distribution, mean, median and score (no store access).</summary>
internal static class QuestionStats
{
    public static QuestionResult Build(FormItem item, IReadOnlyDictionary<string, long> counts, long notApplicable, long responses)
    {
        var n = counts.Values.Sum();
        var order = Order(item, counts.Keys);
        var distribution = order.Select(v => new ValueShare(v, counts[v], n == 0 ? 0 : (double)counts[v] / n, Proportion.Wilson(counts[v], n))).ToList();
        var numbers = Numbers(counts);
        MeanResult? mean = null;
        double? median = null;
        var scale = item.Type is QuestionType.Rating or QuestionType.Nps or QuestionType.Ces or QuestionType.Number;
        if (scale && numbers.Count > 0)
        {
            var values = numbers.SelectMany(p => Enumerable.Repeat(p.Value, (int)p.Count)).ToList();
            var (count, m, sd) = MeanInterval.Describe(values);
            mean = new MeanResult(m, count, sd, MeanInterval.FromMoments(count, m, count < 2 ? 0 : sd));
            median = Median(numbers, count);
        }
        var nps = item.Type == QuestionType.Nps && numbers.Count > 0
            ? SatisfactionScores.Nps(numbers.Where(p => p.Value is >= 0 and <= 10).SelectMany(p => Enumerable.Repeat((int)p.Value, (int)p.Count)))
            : null;
        var favourable = Favourable(item, counts, n);
        var answered = n + notApplicable;
        return new QuestionResult(item.Code, item.Text.Ru, item.Type, n, notApplicable, Math.Max(0, responses - answered), distribution, mean, median, nps, favourable)
        {
            ChoiceTexts = item.Choices.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First().Text.Ru),
        };
    }

    /// <summary>Whether a single answer value is favourable (top box); null when the question has no top box.</summary>
    public static bool? IsFavourable(FormItem item, string value)
    {
        double? number = double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x) ? x : null;
        return item.Type switch
        {
            QuestionType.Rating => number >= (item.Max ?? 5) - 1,
            QuestionType.Nps => number >= 9,
            QuestionType.Ces => number >= 5,
            QuestionType.YesNoNa => value == "yes",
            _ => null,
        };
    }

    public static bool HasTopBox(FormItem item) => item.Type is QuestionType.Rating or QuestionType.Nps or QuestionType.Ces or QuestionType.YesNoNa;

    public static ShareResult? Favourable(FormItem item, IReadOnlyDictionary<string, long> counts, long n)
    {
        if (!HasTopBox(item) || n == 0) return null;
        var yes = counts.Where(p => IsFavourable(item, p.Key) == true).Sum(p => p.Value);
        return new ShareResult((double)yes / n, n, yes, Proportion.Wilson(yes, n));
    }

    private static List<(double Value, long Count)> Numbers(IReadOnlyDictionary<string, long> counts) =>
        [.. counts.Select(p => (Ok: double.TryParse(p.Key, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v), v, p.Value))
            .Where(t => t.Ok).Select(t => (t.v, t.Value)).OrderBy(t => t.v)];

    /// <summary>The middle value (mean of the two middle values for an even n), from sorted counts.</summary>
    private static double Median(List<(double Value, long Count)> sorted, long n)
    {
        double At(long index)
        {
            long seen = 0;
            foreach (var (value, count) in sorted) { seen += count; if (index < seen) return value; }
            return sorted[^1].Value;
        }
        return n % 2 == 1 ? At(n / 2) : (At(n / 2 - 1) + At(n / 2)) / 2;
    }

    /// <summary>Choices in the form's order, numbers ascending, anything else after.</summary>
    private static List<string> Order(FormItem item, IEnumerable<string> values)
    {
        var choiceOrder = item.Type == QuestionType.YesNoNa ? ["yes", "no"] : item.Choices.Select(c => c.Code).ToList();
        return [.. values.OrderBy(v => choiceOrder.IndexOf(v) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(v => double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : double.MaxValue)
            .ThenBy(v => v, StringComparer.Ordinal)];
    }
}
