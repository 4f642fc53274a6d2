using System.Text.RegularExpressions;
using Analytics.Engine.Statistics;

namespace Analytics.Engine.Surveys;

/// <summary>A comment (or appeal) to watch: when, its topic and its text.</summary>
public sealed record TermSource(DateTime At, string? Topic, string Text);

/// <summary>A topic or word whose share of comments rose significantly, with its counts, q-value and examples.</summary>
public sealed record EmergingTerm(string Kind, string Term, long Now, long NowTotal, long Before, long BeforeTotal, double Z, double Q, IReadOnlyList<string> Examples)
{
    public double ShareNow => NowTotal == 0 ? 0 : (double)Now / NowTotal;
    public double ShareBefore => BeforeTotal == 0 ? 0 : (double)Before / BeforeTotal;
}

/// <summary>
/// Emerging topics and words: the share of comments naming a topic (or containing a word) in the current window is
/// compared with the previous window of the same length by the two-proportion z-test; p-values across all terms are
/// adjusted by Benjamini–Hochberg, and rises with q &lt; <c>fdr</c> are listed (largest z first) with distinct examples.
/// Windows: week over week (7 days) or month over month (calendar months before <c>asOf</c>'s month start…).
/// </summary>
public static partial class EmergingTopics
{
    /// <summary>Terms seen fewer times than this in the current window are not tested (a rise from 0 to 1 is noise).</summary>
    public const int MinimumCount = 5;

    public static IReadOnlyList<EmergingTerm> Find(IEnumerable<TermSource> sources, DateTime windowStart, TimeSpan window, double fdr = 0.05, int examples = 3) =>
        Find(sources, new TermWindows(windowStart - window, windowStart, windowStart + window), fdr, examples);

    /// <summary>The same test over explicit windows (calendar months differ in length; see <see cref="TermWindows"/>).</summary>
    public static IReadOnlyList<EmergingTerm> Find(IEnumerable<TermSource> sources, TermWindows windows, double fdr = 0.05, int examples = 3)
    {
        var (now, before) = windows.Split(sources);
        var candidates = Terms(now).Where(t => t.Value.Count >= MinimumCount).ToList();
        if (candidates.Count == 0 || before.Count == 0) return [];
        var previous = Terms(before);
        var tests = candidates.Select(c =>
        {
            var x2 = previous.TryGetValue(c.Key, out var p) ? p.Count : 0;
            var test = ProportionTests.TwoProportionZ(c.Value.Count, now.Count, x2, before.Count);
            // One-sided: only rises are news; a fall gets p = 1 so it cannot be listed.
            var oneSided = test.Statistic > 0 ? test.PValue / 2 : 1;
            return (Term: c.Key, Now: c.Value, Before: x2, test.Statistic, P: oneSided);
        }).ToList();
        var q = MultipleTesting.BenjaminiHochberg([.. tests.Select(t => t.P)]);
        return [.. tests.Select((t, i) => (t, Q: q[i])).Where(x => x.Q < fdr && x.t.Statistic > 0)
            .OrderByDescending(x => x.t.Statistic)
            .Select(x => new EmergingTerm(x.t.Term.Kind, x.t.Term.Term, x.t.Now.Count, now.Count, x.t.Before, before.Count, x.t.Statistic, x.Q,
                [.. x.t.Now.Texts.Distinct(StringComparer.Ordinal).Take(examples)]))];
    }

    /// <summary>Per term (topic or word), how many sources name it and their texts; a word counts once per source.</summary>
    private static Dictionary<(string Kind, string Term), (int Count, List<string> Texts)> Terms(List<TermSource> sources)
    {
        var terms = new Dictionary<(string, string), (int, List<string>)>();
        void Add((string, string) key, string text)
        {
            var (count, texts) = terms.TryGetValue(key, out var v) ? v : (0, new List<string>());
            texts.Add(text);
            terms[key] = (count + 1, texts);
        }
        foreach (var s in sources)
        {
            if (s.Topic is { Length: > 0 } topic) Add(("topic", topic), s.Text);
            foreach (var word in Words(s.Text)) Add(("word", word), s.Text);
        }
        return terms;
    }

    /// <summary>Distinct lower-case words of five letters or more (short words are mostly grammar).</summary>
    internal static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value.Replace('ё', 'е')).Where(w => w.Length >= 5).Distinct();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
