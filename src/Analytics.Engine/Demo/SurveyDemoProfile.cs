namespace Analytics.Engine.Demo;

/// <summary>An office as the survey demo sees it: its code, branch, category and service quality (0..1).</summary>
internal sealed record SurveyDemoOffice(string Code, string? Branch, int Category, double Quality, bool Failing);

/// <summary>Quality over time: branch and office effects, a few failing offices, winter and summer-storm dips, slow improvement.</summary>
internal static class SurveyDemoProfile
{
    public static List<SurveyDemoOffice> Offices(IEnumerable<(string Code, string? Branch, int? Category)> rows, Random random)
    {
        var branchEffect = new Dictionary<string, double>();
        var offices = new List<SurveyDemoOffice>();
        foreach (var (code, branch, category) in rows.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            var b = branch ?? "";
            if (!branchEffect.TryGetValue(b, out var effect)) branchEffect[b] = effect = (random.NextDouble() - 0.5) * 0.16;
            // Roughly one office in twelve is clearly failing, so dashboards and corrective actions have something to show.
            var failing = random.NextDouble() < 0.085;
            var quality = Math.Clamp(0.74 + effect + (random.NextDouble() - 0.5) * 0.16 - (failing ? 0.3 : 0), 0.2, 0.97);
            offices.Add(new SurveyDemoOffice(code, branch, category ?? 2, quality, failing));
        }
        if (offices.Count > 3 && !offices.Any(o => o.Failing))
        {
            var pick = offices[random.Next(offices.Count)];
            offices[offices.IndexOf(pick)] = pick with { Quality = Math.Max(0.2, pick.Quality - 0.3), Failing = true };
        }
        return offices;
    }

    /// <summary>Quality in a month: winter bills and summer storms lower it; service improves ~2 points a year.</summary>
    public static double At(SurveyDemoOffice office, DateOnly month, DateOnly start)
    {
        var season = month.Month switch { 12 or 1 or 2 => -0.07, 7 => -0.05, 3 => -0.02, _ => 0.0 };
        var years = (month.DayNumber - start.DayNumber) / 365.25;
        return Math.Clamp(office.Quality + season + 0.02 * years, 0.05, 0.99);
    }

    public static double Normal(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    public static int Poisson(Random r, double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal(r)));
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = r.NextDouble(); p > limit; p *= r.NextDouble()) k++;
        return k;
    }

    public static T Pick<T>(Random r, params (T Value, double Weight)[] options)
    {
        var x = r.NextDouble() * options.Sum(o => o.Weight);
        foreach (var (value, weight) in options)
            if ((x -= weight) <= 0) return value;
        return options[^1].Value;
    }
}
