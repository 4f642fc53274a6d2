using Analytics.Engine.Classification;
using Analytics.Engine.Classification.Registry;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Classification;

public class ModelRegistryTests
{
    private static readonly Lazy<TrainingResult> Trained = new(() => new ClassifierTrainer().Train(SmallCorpus.FastRequest()));

    [Fact]
    public void Activate_SwitchesTheOnlyActiveVersion_OfThatTaskOnly()
    {
        using var temp = new TempStore();
        var registry = new ModelRegistry(temp.Store, temp.File("models"));
        var v1 = registry.Register("topic", Trained.Value, activate: true);
        var v2 = registry.Register("topic", Trained.Value, activate: true);
        var kind = registry.Register("kind", Trained.Value, activate: true);

        Assert.Equal((1, 2, 1), (v1.Version, v2.Version, kind.Version));
        Assert.Equal(2, registry.Active("topic")!.Version);

        registry.Activate("topic", 1);

        Assert.Equal(1, registry.Active("topic")!.Version);
        Assert.Single(registry.List("topic"), m => m.Active);
        Assert.Equal(1, registry.Active("kind")!.Version);
        Assert.True(File.Exists(v2.Path));
        Assert.Contains("\"macroF1\"", v1.MetricsJson);
        Assert.Equal(Trained.Value.DataHash, v1.DataHash);
    }

    [Fact]
    public void Activate_IsRecordedInTheAuditTrail_WithWhoAndWhichVersions()
    {
        using var temp = new TempStore();
        var registry = new ModelRegistry(temp.Store, temp.File("models"));
        registry.Register("topic", Trained.Value, activate: true);
        registry.Register("topic", Trained.Value, activate: false);

        registry.Activate("topic", 2, "analyst");
        registry.Activate("topic", 2, "analyst"); // no switch, no entry

        var entries = new Analytics.Engine.Audit.AuditTrail(temp.Store)
            .List(new Analytics.Engine.Audit.AuditFilter(EntityKind: Analytics.Engine.Audit.AuditKinds.Model));
        Assert.Equal([("analyst", "topic", """{"version":1}""", """{"version":2}"""), ("system", "topic", null, """{"version":1}""")],
            entries.Select(e => (e.Actor, e.EntityId, e.BeforeJson, e.AfterJson)));
        Assert.All(entries, e => Assert.Equal("activate_model", e.Action));
    }

    [Fact]
    public void Activate_Throws_WhenVersionUnknown()
    {
        using var temp = new TempStore();
        var registry = new ModelRegistry(temp.Store, temp.File("models"));
        registry.Register("topic", Trained.Value, activate: false);

        Assert.Null(registry.Active("topic"));
        Assert.Throws<KeyNotFoundException>(() => registry.Activate("topic", 5));
        Assert.Null(registry.Active("topic"));
    }

    [Fact]
    public void ServicePredict_UsesNewlyActivatedVersion()
    {
        using var temp = new TempStore();
        var options = new ClassificationOptions { ModelPath = temp.File("models") };
        var service = new ClassificationService(temp.Store, options);
        Assert.Null(service.Predict("topic", "нет света"));
        var registry = service.Registry;
        registry.Register("topic", Trained.Value, activate: true);
        var other = new ClassifierTrainer().Train(SmallCorpus.FastRequest(
            [.. SmallCorpus.Data.Select(d => d with { Label = d.Label == "outages_quality" ? "other" : d.Label })]));
        registry.Register("topic", other, activate: false);

        Assert.Equal("outages_quality", service.Predict("topic", "нет света третий день")!.Label);
        service.Activate("topic", 2);
        Assert.Equal("other", service.Predict("topic", "нет света третий день")!.Label);
    }
}
