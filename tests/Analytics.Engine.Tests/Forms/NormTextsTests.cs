using Analytics.Engine.Forms;
using Analytics.Engine.Methodology;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Forms;

/// <summary>
/// Texts that state a norm take its number from the methodology (#14): the shipped templates carry no number of their
/// own, a copied methodology changes the wording with the verdict, and the Russian noun agrees with the number.
/// </summary>
public class NormTextsTests
{
    private static ComplianceNorms Standard => MethodologyRepository.Defaults.Single(d => d.Id == "standard").Norms;

    [Theory]
    [InlineData(40, "Ответ не позднее 40 секунд", "Answered within 40 seconds")]
    [InlineData(21, "Ответ не позднее 21 секунды", "Answered within 21 seconds")]
    [InlineData(11, "Ответ не позднее 11 секунд", "Answered within 11 seconds")]
    [InlineData(1, "Ответ не позднее 1 секунды", "Answered within 1 second")]
    [InlineData(22.5, "Ответ не позднее 22,5 секунды", "Answered within 22.5 seconds")]
    public void TheNumberAndItsNoun_FollowTheNorm(double seconds, string ru, string en)
    {
        var norms = Standard with { CallAnswerSeconds = seconds };

        Assert.Equal(ru, NormTexts.Fill("Ответ не позднее {norm:callAnswerSeconds|секунды|секунд}", norms));
        Assert.Equal(en, NormTexts.Fill("Answered within {norm:callAnswerSeconds|second|seconds}", norms, english: true));
    }

    [Fact]
    public void ShippedTemplates_StateEveryTimedNormThroughTheMethodology_AndFillCompletely()
    {
        var filled = FormTemplates.All.Select(t => NormTexts.Fill(t, Standard)).ToList();
        var texts = filled.SelectMany(t => t.AllItems()).SelectMany(i => new[] { i.Text.Ru, i.Text.En, i.Help?.Ru, i.Help?.En }).OfType<string>().ToList();

        Assert.DoesNotContain(texts, t => t.Contains("{norm:", StringComparison.Ordinal));
        Assert.Contains("В этот визит ожидание не превысило 20 минут", texts);
        Assert.Contains("В этот визит приём занял не более 15 минут", texts);
        Assert.Contains("Общее время обслуживания не превысило 35 минут", texts);
        Assert.Contains("Ответ не позднее 40 секунд", texts);
        Assert.Contains("Информация предоставлена не дольше 5 минут", texts);
        // Every timed item's own text names its norm through a token: no number of the template's own.
        foreach (var item in FormTemplates.All.SelectMany(t => t.AllItems()).Where(i => i.TimedBy is not null))
            Assert.Contains("{norm:" + item.TimedBy!.Norm, item.Text.Ru, StringComparison.Ordinal);
    }

    [Fact]
    public void ACopiedNorm_ChangesTheRunnersWording_WithItsVerdict()
    {
        using var db = new TempStore();
        var service = new FormService(db.Store);
        var phone = FormTemplates.All.Single(t => t.Code == "phone-call");
        string Wording() => service.ForRunner(phone).AllItems().Single(i => i.TimedBy?.Norm == "callAnswerSeconds").Text.Ru;

        var before = Wording();
        new MethodologyRepository(db.Store).Copy(MethodologyRepository.DefaultId, MethodologyRepository.DefaultId,
            m => m with { Norms = m.Norms with { CallAnswerSeconds = 30 } });

        Assert.Equal("Ответ не позднее 40 секунд", before);
        Assert.Equal("Ответ не позднее 30 секунд", Wording());
    }

    [Fact]
    public void AnUnknownNormInAText_IsRefusedAtPublishing()
    {
        var form = TestForms.Build(TestForms.YesNo("wait") with { Text = new("Ожидание не более {norm:queueWait|минуты|минут}") });

        var issues = FormValidator.Validate(form);

        Assert.Contains(issues, i => i.Severity == IssueSeverity.Error && i.Message.Contains("{norm:queueWait}", StringComparison.Ordinal));
    }
}
