using Analytics.Engine.Forms;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;

namespace Analytics.Engine.Tests.Methodology;

// #14.5 (non-deadline rows of traceability.md list 2a) and the spot-checked citations: each test quotes the seed
// as traceability.md does and asserts what the shipped methodology and templates say.
public class SeedNumbersTests
{
    private static readonly MethodologyDocument Standard = MethodologyRepository.Defaults.Single(m => m.Id == "standard");

    private static CriterionDefinition Criterion(string id) => Standard.Criteria.Single(c => c.Id == id);

    private static FormItem Item(string template, string code) => FormTemplates.Get(template)!.AllItems().Single(i => i.Code == code);

    private static IReadOnlySet<string> Visible(string template, params (string Q, AnswerValue A)[] answers) =>
        LogicEvaluator.VisibleItems(FormTemplates.Get(template)!, answers.ToDictionary(a => a.Q, a => a.A));

    [Theory]
    // 001 §2.1.5 «Ожидание в очереди 20 мин.», «Приём 15 мин.», column «Параметр (среднее значение)»
    [InlineData("exec.queue_wait", "queue.meanWait", 20)]
    [InlineData("exec.reception", "queue.meanReception", 15)]
    public void QueueNorms_AreAverages_JudgedOnTheMean(string id, string measure, double minutes)
    {
        var c = Criterion(id);
        Assert.Equal(measure, c.Measure);
        Assert.Equal(MeasureKind.Mean, MeasureCatalog.Get(measure).Kind);
        Assert.Equal(Direction.Lower, c.Direction);
        Assert.Null(c.Norm);                                           // the number lives once, in norms
        Assert.Equal(minutes, MeasureCatalog.Get(measure).NormFrom!(Standard.Norms));
        Assert.Contains("среднее значение", c.Source);
        // The checklist's per-visit marks stay as unscored detail.
        Assert.False(Item("office-visit", id == "exec.queue_wait" ? "wait_norm" : "service_norm").Scored);
    }

    [Theory]
    // 001 §2.2.4 «Запрос и поиск информации о клиенте 45 сек.», «Постобработка обращения 5 мин.»
    [InlineData("exec.client_data_search", 45)]
    [InlineData("exec.post_processing", 300)]
    public void PhoneHandlingNorms_Are45sAnd5min(string id, double seconds)
    {
        Assert.Equal(seconds, Criterion(id).Norm);
        Assert.Equal("001 §2.2.4", Criterion(id).Source);
    }

    [Fact]
    public void KioskAndElectronicQueue_OnlyWithExtraServicesOrPartners()
    {
        // 003 Table 5: «1 шт. (в случае представления дополнительных услуг или присутствия компаний-участниц …)»
        var without = Visible("centre-equipment", ("category", AnswerValue.OfChoices("1")), ("extra_services", AnswerValue.Of("no")));
        var with = Visible("centre-equipment", ("category", AnswerValue.OfChoices("1")), ("extra_services", AnswerValue.Of("yes")));
        Assert.DoesNotContain("kiosk", without);
        Assert.DoesNotContain("queue_system", without);
        Assert.Contains("kiosk", with);
        Assert.Contains("queue_system", with);
    }

    [Fact]
    public void Mailbox_ScoredOnlyWhereRecommended()
    {
        // 003: boxes «могут быть использованы … Рекомендованные места – ЦОК 1 и 2 категорий»
        Assert.DoesNotContain("present", Visible("client-mailbox", ("place", AnswerValue.OfChoices("other"))));
        Assert.Contains("present", Visible("client-mailbox", ("place", AnswerValue.OfChoices("recommended"))));
        Assert.False(Item("client-mailbox", "present_other").Scored);
        // An optional box, once installed, is still held to the collection rule of what it collects.
        Assert.Contains("weekly_collection", Visible("client-mailbox", ("place", AnswerValue.OfChoices("other")), ("present_other", AnswerValue.Of("yes")),
            ("purpose", AnswerValue.OfChoices("appeals"))));
    }

    [Fact]
    public void WherePossibleItems_AreNotRequired()
    {
        // 002 §7.2.1 «…и, по возможности, вопросами, по которым ведется прием»
        Assert.Contains("по возможности", Item("office-visit", "hall_signs").Text.Ru);
        // 000 §7.2.1 «(«Личный кабинет клиента» …)» — in parentheses
        Assert.DoesNotContain("личный кабинет", Item("information-stands", "internet_reception").Text.Ru, StringComparison.OrdinalIgnoreCase);
        Assert.False(Item("information-stands", "personal_account").Scored);
    }

    [Fact]
    public void Execution_HoldsTimelinessOnly()
    {
        // 001 §1.6.3.3 «Исполнительность» — «исполнение в установленный срок всех процедур»
        foreach (var (template, code) in new[] { ("office-visit", "polite"), ("office-visit", "answer_complete"), ("phone-call", "polite"), ("phone-call", "complete") })
            Assert.Equal("informativeness", Criterion(Item(template, code).CriterionId!).Indicator);
    }

    [Fact]
    public void HotlineHours_AcceptEitherSeed()
    {
        // 002 §8.1.2 «с 9-00 до 13-00 и с 14-00 до 17-00»; 001 §2.2 (2.1.3) «не менее 8 часов в день»
        var schedule = Item("call-centre", "schedule");
        Assert.Contains("9:00 до 13:00", schedule.Text.Ru);
        Assert.Contains("14:00 до 17:00", schedule.Text.Ru);
        Assert.Contains("8 часов", schedule.Text.Ru);
        Assert.Contains("002 §8.1.2", schedule.Source);
    }

    [Theory]
    [InlineData("fb.csat")]
    [InlineData("fb.nps")]
    [InlineData("fb.ces")]
    [InlineData("inf.survey_informing")]
    [InlineData("fb.control_calls")]
    [InlineData("fb.measures")]
    [InlineData("fb.repeat_dissatisfaction")]
    public void TargetsTheSeedsDoNotSet_AreSettings_ListedAmongAssumptions(string id)
    {
        Assert.Contains("company setting", Criterion(id).Source);
        Assert.Contains(Standard.Assumptions, a => a.Setting.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public void WrongCitations_AreFixed()
    {
        Assert.DoesNotContain("000 §9.8", Criterion("fb.measures").Source);                   // §9.8 is the management review
        Assert.StartsWith("not a seed clause", Criterion("fb.measures").Source);
        Assert.Equal("000 §7.1.3", Item("office-visit", "answer_complete").Source);           // not the 001 §2.1.5 time table
        Assert.DoesNotContain("Таблица 6", Item("call-centre", "free_number").Source);        // 8-800 is in the text before Table 6
        Assert.DoesNotContain("Таблица 6", Item("call-centre", "three_lines").Source);
        Assert.DoesNotContain(FormTemplates.Get("client-mailbox")!.AllItems(), i => i.Code == "forms_available");
    }
}
