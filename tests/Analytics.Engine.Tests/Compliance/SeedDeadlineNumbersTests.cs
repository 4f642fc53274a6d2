using Analytics.Engine.Compliance;
using Analytics.Engine.Methodology;

namespace Analytics.Engine.Tests.Compliance;

/// <summary>
/// The deadline numbers of the shipped methodologies against the seed quotes of traceability.md (list 2a rows 1, 4, 5;
/// list 2b): each number either cites its clause or is labelled a company setting.
/// </summary>
public class SeedDeadlineNumbersTests
{
    // 002 §8.1.3 «ответ в течение 5 рабочих дней - если потребителем оставлен телефон или в течение 20 рабочих дней - если потребителем оставлен адрес»
    // 001 §2.2.4 «Почта … Рассмотрение обращения и оформление ответа — не более 30 дней»; «Продление рассмотрения обращения — не более 30 дней»
    // 001 §2.2.4 «Регистрация, классификация обращений и передача обращения специалисту — В теч.3-х дней»
    // 002 §8.2.5 (written) and §8.4.4 (e-mail): 15 рабочих дней + ≤ 15
    private static ComplianceNorms Norms(string id) => MethodologyRepository.Defaults.Single(d => d.Id == id).Norms;

    [Fact]
    public void Answerphone_Is5WorkingDaysForAPhone_And20ForAnAddress_002_8_1_3()
    {
        var n = Norms("standard");

        var phone = AppealRules.Resolve(n, "answerphone", "individual", "phone")!;
        var address = AppealRules.Resolve(n, "answerphone", "legal", "address")!;

        Assert.Equal((5, DayUnit.Working, 0, false), (phone.Days, phone.Unit, phone.ExtensionDays, phone.CompanySetting));
        Assert.Equal((20, DayUnit.Working, 0, false), (address.Days, address.Unit, address.ExtensionDays, address.CompanySetting));
        Assert.StartsWith("002 §8.1.3", phone.Source);
        Assert.StartsWith("002 §8.1.3", address.Source);
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("regulatory")]
    public void ThirtyDays_AreThePostRule_001_2_2_4_AndASettingElsewhere(string id)
    {
        var n = Norms(id);

        var post = AppealRules.Resolve(n, "post", "individual")!;
        var inPerson = AppealRules.Resolve(n, "in_person", "individual")!;

        Assert.Equal((30, DayUnit.Calendar, 30, false), (post.Days, post.Unit, post.ExtensionDays, post.CompanySetting));
        Assert.StartsWith("001 §2.2.4", post.Source);
        Assert.True(inPerson.CompanySetting);
        Assert.StartsWith("Настройка компании", inPerson.Source);
        Assert.Equal((3, DayUnit.Calendar), (n.Registration.Days, n.Registration.Unit));
        Assert.StartsWith("001 §2.2.4", n.Registration.Source);
    }

    [Theory]
    [InlineData("post", "002 §8.2.5")]
    [InlineData("email", "002 §8.4.4")]
    public void LegalEntitiesWrittenAndEmail_Are15WorkingDaysPlus15(string channel, string clause)
    {
        var rule = AppealRules.Resolve(Norms("standard"), channel, "legal")!;

        Assert.Equal((15, DayUnit.Working, 15, false), (rule.Days, rule.Unit, rule.ExtensionDays, rule.CompanySetting));
        Assert.StartsWith(clause, rule.Source);
    }

    [Theory]
    [InlineData("internet_reception")]
    [InlineData("personal_account")]
    [InlineData("fax")]
    [InlineData("client_mailbox")]
    [InlineData("feedback_book")]
    public void LegalEntitiesOtherChannels_AreCompanySettings(string channel)
    {
        var rule = AppealRules.Resolve(Norms("standard"), channel, "legal")!;

        Assert.True(rule.CompanySetting);
        Assert.StartsWith("Настройка компании", rule.Source);
    }

    [Fact]
    public void EveryDeadline_CitesAClauseOrIsACompanySetting()
    {
        foreach (var d in MethodologyRepository.Defaults.SelectMany(m => m.Norms.Deadlines))
            Assert.True(d.CompanySetting ? d.Source.StartsWith("Настройка компании", StringComparison.Ordinal)
                                         : System.Text.RegularExpressions.Regex.IsMatch(d.Source, @"^00\d §\d"), d.Source);
    }
}
