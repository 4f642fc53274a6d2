namespace Analytics.Engine.Classification;

/// <summary>One cross-validation fold: the texts to train on and the held-out texts to score.</summary>
internal sealed record Fold(IReadOnlyList<LabelledText> Train, IReadOnlyList<LabelledText> Test);

/// <summary>Seeded stratified sampling and k-fold splitting, so every class appears in every fold it can.</summary>
internal static class Sampling
{
    /// <summary>
    /// At most <paramref name="cap"/> texts, each class keeping its share (and at least a few texts), in a seeded
    /// shuffle even when all fit — so folds never follow the file's order (the n-gram caps keep the first n-grams met).
    /// </summary>
    public static IReadOnlyList<LabelledText> Stratified(IReadOnlyList<LabelledText> data, int cap, int seed)
    {
        var random = new Random(seed);
        if (cap <= 0 || data.Count <= cap)
        {
            var all = data.ToArray();
            random.Shuffle(all);
            return all;
        }
        var fraction = (double)cap / data.Count;
        var sample = new List<LabelledText>(cap + 64);
        foreach (var group in data.GroupBy(d => d.Label, StringComparer.Ordinal))
        {
            var rows = group.ToArray();
            random.Shuffle(rows);
            var take = Math.Min(rows.Length, Math.Max(6, (int)Math.Round(rows.Length * fraction)));
            sample.AddRange(rows.Take(take));
        }
        var shuffled = sample.ToArray();
        random.Shuffle(shuffled);
        return shuffled;
    }

    /// <summary>k stratified folds: each class is shuffled and dealt round-robin across the folds.</summary>
    public static IReadOnlyList<Fold> Folds(IReadOnlyList<LabelledText> data, int k, int seed)
    {
        var random = new Random(seed);
        var assignment = new int[data.Count];
        var next = 0;
        foreach (var group in Enumerable.Range(0, data.Count).GroupBy(i => data[i].Label, StringComparer.Ordinal))
        {
            var indices = group.ToArray();
            random.Shuffle(indices);
            // Continue dealing where the previous class stopped so small classes do not all land in fold 0.
            foreach (var i in indices) assignment[i] = next++ % k;
        }
        return Enumerable.Range(0, k).Select(f => new Fold(
            Enumerable.Range(0, data.Count).Where(i => assignment[i] != f).Select(i => data[i]).ToList(),
            Enumerable.Range(0, data.Count).Where(i => assignment[i] == f).Select(i => data[i]).ToList())).ToList();
    }
}
