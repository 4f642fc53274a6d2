using Analytics.Engine.Forms;
using Analytics.Engine.Methodology;
using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.Tests.Methodology;

// #14, traceability.md list 1 items 5 and 8 and the information norm of list 2b: each test quotes the seed and asserts
// what the shipped methodology and templates say (the style of SeedNumbersTests).
public class ListOneSeedTests
{
    private static readonly MethodologyDocument Standard = MethodologyRepository.Defaults.Single(m => m.Id == "standard");

    private static CriterionDefinition Criterion(string id) => Standard.Criteria.Single(c => c.Id == id);

    private static FormItem Item(string template, string code) => FormTemplates.Get(template)!.AllItems().Single(i => i.Code == code);

    [Theory]
    // 003 Интернет-приёмная в): «…уведомлен о необходимости представить оригиналы документов …, копии которых направлены
    // через Интернет-приемную, в течение 6 рабочих дней с даты направления заявки»; the same for «Личный кабинет клиента».
    [InlineData("reception_originals", "интернет-приёмную", "003 Интернет-приёмная, п. в)")]
    [InlineData("account_originals", "личный кабинет", "003 Личный кабинет клиента")]
    public void OriginalsWithin6WorkingDays_AreCheckedOnTheWebsite(string code, string channel, string source)
    {
        var item = Item("website-clients", code);
        Assert.Contains("оригиналы документов", item.Text.Ru);
        Assert.Contains("6 рабочих дней", item.Text.Ru);
        Assert.Contains(channel, item.Text.Ru);
        Assert.Equal(source, item.Source);
        Assert.True(item.Scored);
        Assert.Equal("inf.website", item.CriterionId);
        Assert.Contains("6 рабочих дней", Criterion("inf.website").Source);
    }

    [Theory]
    // 003 Интернет-приёмная в): «Прием заявки должен быть реализован для: технологического присоединения …; восстановления
    // ранее выданных или новых технических условий; переоформление (перераспределение) мощности; проверка, замена и монтаж
    // приборов учета …» and «возможность прикреплять файлы с расширением jpg и pdf»; the personal account lists the same.
    [InlineData("reception_requests")]
    [InlineData("account_requests")]
    public void ServiceRequestForms_NameTheFourServices(string code)
    {
        var item = Item("website-clients", code);
        foreach (var service in new[] { "технологическое присоединение", "техническ", "перераспределение", "прибор" })
            Assert.Contains(service, item.Text.Ru, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("jpg", item.Text.Ru);
        Assert.Equal("inf.website", item.CriterionId);
        Assert.StartsWith("003 ", item.Source);
    }

    [Fact]
    public void OneWindow_IsMeasured_ByTheSurveyAndTheVisitAudit()
    {
        // 004: «Описание взаимодействия Центра обслуживания клиентов с потребителями по принципу "Единое окно"»; staff
        // «будет оперативно и грамотно отвечать на любые вопросы и решать любые задачи».
        var c = Criterion("fb.first_contact");
        Assert.Equal("feedback", c.Indicator);
        Assert.Contains("«Единое окно»", c.Source);
        Assert.Contains("решать любые задачи", c.Source);
        Assert.Contains("company setting", c.Source);                       // 004 sets no target: 0.8 is ours
        Assert.Contains(Standard.Assumptions, a => a.Setting.Contains("fb.first_contact", StringComparison.Ordinal));
        var fed = FormTemplates.All.SelectMany(t => t.AllItems().Where(i => i.CriterionId == c.Id).Select(i => $"{t.Code}/{i.Code}"));
        Assert.Equal(["client-satisfaction/first_contact", "office-visit/one_window"], fed.Order());
        Assert.All(new[] { Item("client-satisfaction", "first_contact"), Item("office-visit", "one_window") },
            i => Assert.StartsWith("004", i.Source));
    }

    [Fact]
    public void InformationNorm_Is5Minutes_From001_With002sRangeNamed()
    {
        // 001 §2.2.4 «Предоставление информации специалистом — 5 мин.» (среднее/предельное значение);
        // 002 §8.1.4 «Предоставление информации специалистом — 5-10 мин.» (средняя продолжительность).
        Assert.Equal(5, Standard.Norms.InformationMinutes);
        var item = Item("phone-call", "info_norm");
        Assert.Equal("informationMinutes", item.TimedBy!.Norm);
        Assert.Equal(["talk_seconds"], item.TimedBy.Items);
        Assert.Equal(300, TimedNorms.Seconds(item.TimedBy, Standard.Norms));
        Assert.Equal("exec.information_time", item.CriterionId);
        var c = Criterion("exec.information_time");
        Assert.Equal("execution", c.Indicator);
        Assert.StartsWith("001 §2.2.4", c.Source);
        Assert.Contains("5-10 мин.", c.Source);
        Assert.Contains("5–10 мин", item.Help!.Ru);
        // Every shipped methodology states the norm, so a copy moves the verdict.
        Assert.All(MethodologyRepository.Defaults, m => Assert.Equal(5, m.Norms.InformationMinutes));
    }

    [Fact]
    public void TheNewCriterion_IsNamedInRussian_ByTheOneCatalogue()
    {
        // Pages, exports and PDFs name a criterion through Labels, which reads the shipped methodologies.
        Assert.Equal(Criterion("exec.information_time").NameRu, Labels.Ru(Vocab.Criterion, "exec.information_time"));
        Assert.StartsWith("Звонок тайного клиента", Labels.Ru(Vocab.Criterion, "exec.information_time"));
        Assert.Equal("Вопрос решён с первого обращения («Единое окно»)", Labels.Ru(Vocab.Criterion, "fb.first_contact"));
    }
}
