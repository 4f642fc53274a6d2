using Analytics.Engine.Methodology;
using Analytics.Engine.Plans;
using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.Indicators;

/// <summary>One row of <c>indicator_count</c>.</summary>
public readonly record struct CountRow(DateOnly Month, string UnitCode, string Measure, Counts Counts);

/// <summary>Plans (<c>plan</c>) and manual facts (<c>criterion_fact</c>) keyed by (scope, year, target).</summary>
public sealed record PlanBook(
    IReadOnlyDictionary<(string Scope, int Year, string Target), (double Value, double? Tolerance)> Plans,
    IReadOnlyDictionary<(string Scope, int Year, string Target), double> Facts)
{
    public static PlanBook Empty { get; } = new(
        new Dictionary<(string, int, string), (double, double?)>(), new Dictionary<(string, int, string), double>());
}

/// <summary>
/// Rolls office × month counts up to a level and granularity and turns them into criteria and indicators.
/// Pure: the same counts, organisation, plans and methodology always give the same results.
/// </summary>
public static class IndicatorRollup
{
    public static IReadOnlyList<UnitPeriodResult> Compute(
        MethodologyDocument methodology, OrgTree org, IEnumerable<CountRow> counts, PlanBook plans,
        OrgLevel level, Granularity granularity, DateOnly? from = null, DateOnly? to = null)
    {
        var sums = new Dictionary<(string Unit, DateOnly Period, string Measure), Counts>();
        var monthsWithData = new Dictionary<(string Unit, DateOnly Period, string Measure), HashSet<DateOnly>>();
        var cells = new SortedSet<(string Unit, DateOnly Period)>();
        foreach (var row in counts)
        {
            if (from is { } f && row.Month < f || to is { } t && row.Month > t) continue;
            if (org.AncestorAt(row.UnitCode, level) is not { } unit) continue;
            var key = (unit, Periods.Start(row.Month, granularity), row.Measure);
            sums[key] = sums.TryGetValue(key, out var c) ? c + row.Counts : row.Counts;
            if (row.Counts.N > 0)
            {
                if (!monthsWithData.TryGetValue(key, out var set)) monthsWithData[key] = set = [];
                set.Add(row.Month);
            }
            cells.Add((unit, key.Item2));
        }

        var results = new List<UnitPeriodResult>(cells.Count);
        foreach (var (unit, period) in cells)
        {
            var indicators = methodology.Indicators.Select(ind =>
            {
                var criteria = methodology.Criteria.Where(c => c.Indicator == ind.Id)
                    .Select(c => Criterion(methodology, org, plans, c, unit, period, granularity, sums, monthsWithData))
                    .ToList();
                return Indicator(methodology, org, plans, ind, criteria, unit, period);
            }).ToList();
            results.Add(new UnitPeriodResult(level, unit, org.Name(unit), granularity, period,
                Periods.Label(period, granularity), indicators));
        }
        return results;
    }

    private static CriterionResult Criterion(
        MethodologyDocument m, OrgTree org, PlanBook plans, CriterionDefinition c, string unit, DateOnly period,
        Granularity g, Dictionary<(string, DateOnly, string), Counts> sums,
        Dictionary<(string, DateOnly, string), HashSet<DateOnly>> monthsWithData)
    {
        var info = MeasureCatalog.Get(c.Measure);
        var plan = Lookup(plans.Plans, org, unit, period.Year, c.Id)?.Value;
        var norm = (m.Mode == MethodologyMode.Regulatory ? plan ?? c.Norm : c.Norm) ?? info.NormFrom?.Invoke(m.Norms);
        if (info.Kind == MeasureKind.Manual)
        {
            var fact = Lookup(plans.Facts, org, unit, period.Year, c.Id);
            return Finish(m, c, fact, 1, null, null, fact is null ? 0 : 1, norm, plan, insufficient: false, mean: null, note: null);
        }
        var key = (unit, period, MeasureCatalog.CountKey(c.Measure, c.Id));
        var counts = sums.TryGetValue(key, out var s) ? s : default;
        var scale = c.Unit == "percent" ? 100.0 : 1.0;
        var value = CriterionMath.Value(info.Kind, counts) * scale;
        var interval = CriterionMath.Interval(info.Kind, counts, m.Confidence);
        var coverage = monthsWithData.TryGetValue(key, out var months) ? (double)months.Count / Periods.Months(g) : 0;
        // Queue measures carry Σ seconds in extra: the mean in minutes is what the 20/15/35-minute norms speak of.
        double? mean = c.Measure.StartsWith("queue.", StringComparison.Ordinal) && info.Kind == MeasureKind.Proportion
            && counts.N > 0 && counts.Extra is { } sec ? sec / counts.N / 60 : null;
        return Finish(m, c, value, counts.N, interval?.Lower * scale, interval?.Upper * scale, coverage, norm, plan,
            insufficient: counts.N < m.MinimumN, mean, Note(m, c, unit, period, sums));
    }

    /// <summary>
    /// Why part of a criterion's data was left out: appeals without a registration time, interval statistics not comparable
    /// with the answer norm. The words come from the label catalogue (<see cref="Vocab.CriterionNote"/>), in Russian: the
    /// note travels with the result into the Declaration.
    /// </summary>
    private static string? Note(MethodologyDocument m, CriterionDefinition c, string unit, DateOnly period,
        Dictionary<(string, DateOnly, string), Counts> sums)
    {
        if (c.Measure == "appeals.registeredInTime")
            return sums.TryGetValue((unit, period, MeasureCatalog.NoRegistration), out var missing) && missing.Successes > 0
                ? string.Format(Labels.Russian, Labels.Ru(Vocab.CriterionNote, "no_registration"), Numbers.Count((long)missing.Successes, Labels.Russian)) : null;
        if (c.Measure != "calls.answeredWithinNorm"
            || !sums.TryGetValue((unit, period, MeasureCatalog.CallsNotComparable), out var left) || left.N == 0) return null;
        return string.Format(Labels.Russian, Labels.Ru(Vocab.CriterionNote, "calls_not_comparable"),
            m.Norms.CallAnswerSeconds.ToString("0.##", Labels.Russian), Numbers.Count(left.N, Labels.Russian), Numbers.Count((long)left.Successes, Labels.Russian));
    }

    private static CriterionResult Finish(
        MethodologyDocument m, CriterionDefinition c, double? value, long n, double? lower, double? upper,
        double coverage, double? norm, double? plan, bool insufficient, double? mean, string? note)
    {
        var score = CriterionMath.Score(c, value, norm);
        double? ratio = m.Mode == MethodologyMode.Regulatory && value is { } f && plan is { } p && p != 0 ? f / p * 100 : null;
        var digits = m.RoundDigits;
        return new CriterionResult(c.Id, c.Indicator, CriterionMath.Round(value, digits), n,
            CriterionMath.Round(lower, digits), CriterionMath.Round(upper, digits), Math.Round(coverage, 4),
            CriterionMath.Round(score, digits), norm, insufficient, CriterionMath.Round(mean, digits),
            plan, CriterionMath.Round(ratio, digits), c.Direction, note);
    }

    private static IndicatorValue Indicator(
        MethodologyDocument m, OrgTree org, PlanBook plans, IndicatorDefinition ind, List<CriterionResult> criteria,
        string unit, DateOnly period)
    {
        var definitions = m.Criteria.Where(c => c.Indicator == ind.Id).ToDictionary(c => c.Id);
        // Indicator value is the share of full marks (0…1): Σ w·score / Σ w / 100, the scale plans use.
        var (points, coverage) = CriterionMath.Aggregate(criteria.Select(r => (definitions[r.CriterionId].Weight, r.Score)));
        var value = points / 100;
        // Envelope: every criterion at its unfavourable (favourable) interval bound; scoring is monotone in the value.
        var low = CriterionMath.Aggregate(criteria.Select(r => (definitions[r.CriterionId].Weight,
            Bound(definitions[r.CriterionId], r, favourable: false)))).Value;
        var high = CriterionMath.Aggregate(criteria.Select(r => (definitions[r.CriterionId].Weight,
            Bound(definitions[r.CriterionId], r, favourable: true)))).Value;
        var plan = Lookup(plans.Plans, org, unit, period.Year, ind.Id);
        int? outcome = plan is { } p && value is { } v
            ? PlanService.Outcome(p.Value, v, p.Tolerance ?? m.Plan.Tolerance, ind.Direction, m.Plan) : null;
        var d = m.RoundDigits;
        return new IndicatorValue(ind.Id, CriterionMath.Round(value, d), criteria.Sum(r => r.N),
            CriterionMath.Round(low / 100, d), CriterionMath.Round(high / 100, d), Math.Round(coverage, 4), criteria, plan?.Value, outcome,
            plan is null ? null : plan.Value.Tolerance ?? m.Plan.Tolerance);
    }

    private static double? Bound(CriterionDefinition c, CriterionResult r, bool favourable)
    {
        if (r.Score is null) return null;
        if (r.Lower is null || r.Upper is null) return r.Score;
        var takeUpper = favourable == (c.Direction == Direction.Higher);
        return CriterionMath.Score(c, takeUpper ? r.Upper : r.Lower, r.Norm);
    }

    private static T? Lookup<T>(IReadOnlyDictionary<(string, int, string), T> book, OrgTree org, string unit, int year, string target)
        where T : struct
    {
        foreach (var scope in org.SelfAndAncestors(unit))
            if (book.TryGetValue((scope, year, target), out var v)) return v;
        return null;
    }
}
