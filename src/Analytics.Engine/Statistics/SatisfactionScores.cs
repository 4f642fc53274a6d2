namespace Analytics.Engine.Statistics;

/// <summary>
/// Net Promoter Score: <see cref="Value"/> = 100·(promoters − detractors)/N in −100…100, with the counts behind it
/// and a 95 % interval (null when it cannot be formed).
/// </summary>
public sealed record ScoreResult(double Value, long N, long Promoters, long Detractors, Interval? Interval)
{
    /// <summary>Respondents scoring 7–8.</summary>
    public long Passives => N - Promoters - Detractors;
}

/// <summary>A share of respondents (0..1) with its count and Wilson interval.</summary>
public sealed record ShareResult(double Value, long N, long Positive, Interval? Interval);

/// <summary>A mean rating with its count, sample standard deviation (NaN for n = 1) and t interval (null for n = 1).</summary>
public sealed record MeanResult(double Mean, long N, double Sd, Interval? Interval);

/// <summary>Customer-satisfaction survey scores (NPS, CSAT, CES), methodology §5.</summary>
public static class SatisfactionScores
{
    /// <summary>
    /// NPS from 0–10 answers: %promoters (9–10) − %detractors (0–6), range −100…100; <c>null</c> when n = 0.
    /// The interval is the normal approximation for a difference of two multinomial shares,
    /// Var = (p₊ + p₋ − (p₊ − p₋)²)/n, scaled to points and clipped to −100…100; null when n &lt; 2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 0–10 (the message names it).</exception>
    public static ScoreResult? Nps(IEnumerable<int> scores0to10, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(scores0to10);
        long n = 0, promoters = 0, detractors = 0;
        foreach (var score in scores0to10)
        {
            CheckRange(score, 0, 10, nameof(scores0to10));
            n++;
            if (score >= 9) promoters++;
            else if (score <= 6) detractors++;
        }

        if (n == 0) return null;
        double pPlus = (double)promoters / n, pMinus = (double)detractors / n;
        var value = 100 * (pPlus - pMinus);
        Interval? interval = null;
        if (n >= 2)
        {
            var diff = pPlus - pMinus;
            var half = 100 * Confidence.Z(confidence) * Math.Sqrt(Math.Max(0, pPlus + pMinus - diff * diff) / n);
            interval = new Interval(Math.Max(-100, value - half), Math.Min(100, value + half));
        }

        return new ScoreResult(value, n, promoters, detractors, interval);
    }

    /// <summary>
    /// CSAT from 1–5 ratings: the share of 4 and 5 (0..1) with a Wilson interval; <c>null</c> when n = 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A rating outside 1–5 (the message names it).</exception>
    public static ShareResult? Csat(IEnumerable<int> ratings1to5, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(ratings1to5);
        long n = 0, satisfied = 0;
        foreach (var rating in ratings1to5)
        {
            CheckRange(rating, 1, 5, nameof(ratings1to5));
            n++;
            if (rating >= 4) satisfied++;
        }

        return n == 0 ? null : new ShareResult((double)satisfied / n, n, satisfied, Proportion.Wilson(satisfied, n, confidence));
    }

    /// <summary>
    /// CES from 1–7 ratings: the mean (1…7) with a Student t interval; <c>null</c> when n = 0; the interval is null
    /// when n = 1. The scale's direction (whether 7 means "easy") is the questionnaire's; this is only the mean.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A rating outside 1–7 (the message names it).</exception>
    public static MeanResult? Ces(IEnumerable<int> ratings1to7, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(ratings1to7);
        var values = new List<double>();
        foreach (var rating in ratings1to7)
        {
            CheckRange(rating, 1, 7, nameof(ratings1to7));
            values.Add(rating);
        }

        if (values.Count == 0) return null;
        var (n, mean, sd) = MeanInterval.Describe(values);
        return new MeanResult(mean, n, sd, MeanInterval.FromMoments(n, mean, n < 2 ? 0 : sd, confidence));
    }

    private static void CheckRange(int value, int min, int max, string parameter)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(parameter, value, $"Score {value} is outside the {min}–{max} scale.");
    }
}
