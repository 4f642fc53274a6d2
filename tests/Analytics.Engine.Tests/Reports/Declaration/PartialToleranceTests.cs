using Analytics.Engine.Methodology;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Reports.Declaration;

/// <summary>
/// The Declaration's «частично» band is the methodology's <c>declaration.partialTolerance</c> (a company setting),
/// not a report option: a copied methodology with a wider band changes the verdict of the same facts.
/// </summary>
public class PartialToleranceTests
{
    private const string OnTime = "Ответ на обращения в срок, установленный Стандартом";

    private static Conformity Verdict(TempStore db) =>
        new DeclarationBuilder(db.Store, new ReportOptions(), new PlanTableIndicatorSource()).Build(null, 2025)
            .Requirements.Single(r => r.Requirement == OnTime).Status;

    [Fact]
    public void ShippedMethodology_DeclaresTheToleranceAsACompanySetting()
    {
        var standard = MethodologyRepository.Defaults.Single(d => d.Id == "standard");

        Assert.Equal(0.10, standard.Declaration.PartialTolerance);
        Assert.Contains("Настройка компании", standard.Declaration.Source);
        Assert.Contains(standard.Assumptions, a => a.Setting == "declaration.partialTolerance" && a.Why.Contains("not a seed clause", StringComparison.Ordinal));
    }

    [Fact]
    public void ACopiedMethodologyWithAnotherTolerance_ChangesTheVerdict()
    {
        using var db = new TempStore();
        ReportSeed.Fill(db.Store);
        // On time 2 of 4 (50 %): beyond a 10 % band, within a 60 % one.
        var before = Verdict(db);
        new MethodologyRepository(db.Store).Copy(MethodologyRepository.DefaultId, MethodologyRepository.DefaultId,
            m => m with { Declaration = m.Declaration with { PartialTolerance = 0.6 } });

        var after = Verdict(db);

        Assert.Equal((Conformity.NotConforms, Conformity.Partial), (before, after));
    }

    [Fact]
    public void ATolerance_OutsideZeroToOne_IsRefusedWithTheFieldNamed()
    {
        var standard = MethodologyRepository.Defaults.Single(d => d.Id == "standard");

        var ex = Assert.Throws<MethodologyException>(() => MethodologyJson.Validate(
            standard with { Declaration = new DeclarationSettings { PartialTolerance = 1.5 } }, "copy"));

        Assert.Contains("declaration.partialTolerance", ex.Message);
    }
}
