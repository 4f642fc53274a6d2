namespace Analytics.Engine.Methodology;

/// <summary>How a methodology treats a criterion id named by a form item.</summary>
public enum CriterionUse
{
    /// <summary>No methodology defines it: answers would reach no indicator (publishing is refused).</summary>
    Unknown,
    /// <summary>A criterion of this methodology: answers feed its indicator.</summary>
    Scored,
    /// <summary>
    /// A criterion of the Standard methodology a Regulatory one accepts (<see cref="MethodologyDocument.AcceptsCriteriaOf"/>):
    /// answers are stored and counted under the Standard id but feed none of the regulatory forms.
    /// </summary>
    OutsideForms,
}

/// <summary>
/// The criterion ids forms may name: the union of every methodology's criteria. One rule for the designer's
/// publish check, the template test and the traceability page.
/// </summary>
public static class CriterionCatalog
{
    /// <summary>Every criterion id defined by <paramref name="methodologies"/>.</summary>
    public static IReadOnlySet<string> Ids(IEnumerable<MethodologyDocument> methodologies) =>
        methodologies.SelectMany(m => m.Criteria).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>How <paramref name="methodology"/> treats <paramref name="criterionId"/>, given the other methodologies.</summary>
    public static CriterionUse Use(MethodologyDocument methodology, string criterionId, IEnumerable<MethodologyDocument> all)
    {
        if (methodology.Criteria.Any(c => c.Id == criterionId)) return CriterionUse.Scored;
        if (methodology.AcceptsCriteriaOf is { } other
            && all.Where(m => m.Id == other).SelectMany(m => m.Criteria).Any(c => c.Id == criterionId))
            return CriterionUse.OutsideForms;
        return CriterionUse.Unknown;
    }
}
