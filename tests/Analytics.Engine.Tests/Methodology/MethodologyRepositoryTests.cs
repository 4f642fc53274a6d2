using Analytics.Engine.Methodology;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Methodology;

public class MethodologyRepositoryTests
{
    [Fact]
    public void Defaults_AreStandardAndRegulatory_EveryCriterionCitesItsSource()
    {
        Assert.Equal(["regulatory", "standard"], MethodologyRepository.Defaults.Select(d => d.Id).Order());
        var standard = MethodologyRepository.Defaults.Single(d => d.Id == "standard");
        Assert.Equal(["informativeness", "execution", "feedback"], standard.Indicators.Select(i => i.Id));
        Assert.All(MethodologyRepository.Defaults.SelectMany(d => d.Criteria), c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        Assert.NotEmpty(MethodologyRepository.Defaults.Single(d => d.Id == "regulatory").Assumptions);
    }

    [Fact]
    public void EnsureDefaults_StoresOnce_WhenCalledTwice()
    {
        using var db = new TempStore();
        var repo = new MethodologyRepository(db.Store);
        Assert.Equal(2, repo.EnsureDefaults());
        Assert.Equal(0, repo.EnsureDefaults());
    }

    [Fact]
    public void Copy_CreatesNewVersionWithChangedNorm_AndRecordsBasis()
    {
        using var db = new TempStore();
        var repo = new MethodologyRepository(db.Store);

        var copy = repo.Copy("standard", "acme", m => m with { Plan = m.Plan with { Tolerance = 0.2 } });
        var again = repo.Copy("standard", "acme", m => m with { MinimumN = 50 });

        Assert.Equal((1, "standard@4"), (copy.Version, copy.BasedOn));
        Assert.Equal(2, again.Version);
        Assert.Equal(0.2, repo.Get("acme", 1).Plan.Tolerance);
        Assert.Equal(50, repo.Get("acme").MinimumN);
    }

    [Fact]
    public void Save_Refuses_WhenSameVersionDifferentContent()
    {
        using var db = new TempStore();
        var repo = new MethodologyRepository(db.Store);
        repo.EnsureDefaults();
        var changed = repo.Get("standard") with { MinimumN = 10 };
        Assert.Throws<MethodologyException>(() => repo.Save(changed));
    }

    [Fact]
    public void Parse_NamesFileAndField_WhenMeasureUnknown()
    {
        const string json = """
            {"id":"x","version":1,"mode":"Standard","nameRu":"x","nameEn":"x",
             "indicators":[{"id":"i","nameRu":"и","nameEn":"i"}],
             "criteria":[{"id":"c","indicator":"i","nameRu":"к","nameEn":"c","measure":"nope","norm":1,"source":"s"}]}
            """;
        var ex = Assert.Throws<MethodologyException>(() => MethodologyJson.Parse(json, "x.json"));
        Assert.Contains("x.json", ex.Message);
        Assert.Contains("criteria[0] (c).measure", ex.Message);
    }
}
