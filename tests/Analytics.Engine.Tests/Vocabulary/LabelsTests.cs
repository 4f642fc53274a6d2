using System.Globalization;
using Analytics.Engine.Actions;
using Analytics.Engine.Classification;
using Analytics.Engine.Demo;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Store.Ingest.Schemas;
using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.Tests.Vocabulary;

public class LabelsTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Every code each source of codes defines, with the vocabulary the catalogue files it under.</summary>
    public static TheoryData<Vocab, string> Codes()
    {
        var data = new TheoryData<Vocab, string>();
        void Add(Vocab v, IEnumerable<string> codes) { foreach (var c in codes.Distinct()) data.Add(v, c); }
        foreach (var doc in MethodologyRepository.Defaults)
        {
            Add(Vocab.Indicator, doc.Indicators.Select(i => i.Id));
            Add(Vocab.Criterion, doc.Criteria.Select(c => c.Id));
        }
        Add(Vocab.AppealKind, Vocabularies.AppealKind.Entries.Select(e => e.Code).Concat(ClassificationTask.Kinds).Concat(AppealProfile.Kinds));
        Add(Vocab.Topic, ClassificationTask.Topics.Concat(AppealProfile.Topics));
        Add(Vocab.AppealStatus, Vocabularies.AppealStatus.Entries.Select(e => e.Code));
        Add(Vocab.AppealOutcome, Vocabularies.AppealOutcome.Entries.Select(e => e.Code));
        Add(Vocab.Channel, Vocabularies.Channel.Entries.Select(e => e.Code).Concat(AppealProfile.Channels));
        Add(Vocab.ConsumerType, Vocabularies.ConsumerType.Entries.Select(e => e.Code));
        Add(Vocab.ImportKind, ImportKinds.Names);
        Add(Vocab.ReviewTask, ClassificationTask.All);
        Add(Vocab.ReviewLabel, ClassificationTask.LabelsOf(ClassificationTask.PoorQuality));
        Add(Vocab.ActionStatus, Enum.GetValues<ActionStatus>().Select(ActionWorkflow.ToCode));
        Add(Vocab.ActionSource, Enum.GetValues<ActionSource>().Select(ActionWorkflow.ToCode));
        Add(Vocab.FormKind, Enum.GetValues<Analytics.Engine.Forms.FormKind>().Select(k => k.ToString().ToLowerInvariant()));
        Add(Vocab.OrgLevel, Vocabularies.OrgLevel.Entries.Select(e => e.Code));
        Add(Vocab.AnswerValue, Analytics.Engine.Forms.QuestionTypes.YesNo);
        Add(Vocab.QueueService, Analytics.Engine.Demo.QueueGenerator.Services);
        Add(Vocab.CallUnit, Analytics.Engine.Demo.CallIntervalGenerator.Units);
        Add(Vocab.Sentiment, Analytics.Engine.Surveys.Comments.Sentiments);
        Add(Vocab.TermKind, ["topic", "word"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_HasARussianAndAnEnglishLabel(Vocab vocabulary, string code)
    {
        Assert.True(Labels.Knows(vocabulary, code), $"{vocabulary}: no label for '{code}'");
        var ru = Labels.Of(vocabulary, code, Labels.Russian);
        var en = Labels.Of(vocabulary, code, En);
        Assert.NotEqual(code, ru);
        Assert.Matches("[А-Яа-яЁё]", ru);
        Assert.False(string.IsNullOrWhiteSpace(en));
    }

    [Fact]
    public void EveryEntry_OfEveryVocabulary_IsFilledInBothLanguages()
    {
        foreach (var v in Enum.GetValues<Vocab>())
        {
            Assert.NotEmpty(Labels.Entries(v));
            foreach (var (code, (ru, en)) in Labels.Entries(v))
            {
                Assert.False(string.IsNullOrWhiteSpace(ru), $"{v}.{code}: Russian empty");
                Assert.False(string.IsNullOrWhiteSpace(en), $"{v}.{code}: English empty");
            }
        }
    }

    [Fact]
    public void Indicators_AreNamedAsTheStandardNamesThem()
    {
        Assert.Equal("Информативность", Labels.Ru(Vocab.Indicator, "informativeness"));
        Assert.Equal("Исполнительность", Labels.Ru(Vocab.Indicator, "execution"));
        Assert.Equal("Результативность обратной связи", Labels.Ru(Vocab.Indicator, "feedback"));
        Assert.Equal("Индекс NPS", Labels.Item("fb.nps", Labels.Russian));
        Assert.Equal("Execution", Labels.Item("execution", En));
    }

    [Fact]
    public void UnknownCode_IsShownAsItIs_AndEmptyAsNothing()
    {
        Assert.Equal("nonsense", Labels.Of(Vocab.Topic, "nonsense", Labels.Russian));
        Assert.Equal("", Labels.Of(Vocab.Topic, null, Labels.Russian));
    }

    [Fact]
    public void CriterionUnit_ComesFromTheMethodology()
    {
        Assert.Equal("index", Labels.UnitOf("fb.nps"));
        Assert.Equal("minutes", Labels.UnitOf("exec.queue_wait"));
        Assert.Equal("share", Labels.UnitOf("exec.appeals_on_time"));
        Assert.Equal("share", Labels.UnitOf("no.such"));
    }

    [Fact]
    public void QueueServicesCallUnitsAndTheSystemActor_ReadInRussian()
    {
        Assert.Equal("Расчёты и оплата", Labels.Ru(Vocab.QueueService, "billing"));
        Assert.Equal("Отключения и аварии", Labels.Ru(Vocab.CallUnit, "outages"));
        Assert.Equal("Интернет-приёмная", Labels.Ru(Vocab.Channel, "internet_reception"));
        Assert.Equal("система (по умолчанию)", Labels.Actor("system", Labels.Russian));
        Assert.Equal("system (default)", Labels.Actor("system", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("admin", Labels.Actor("admin", Labels.Russian));
        // Seeded rows and the first administrator are named, not shown as their codes (the audit trail's «Кто»).
        Assert.Equal("демонстрационные данные", Labels.Actor("demo", Labels.Russian));
        Assert.Equal("первый запуск", Labels.Actor("first-run", Labels.Russian));
    }

    [Fact]
    public void ImportReason_IsShownInOneLanguage()
    {
        var stored = ImportReasons.Text("no_data_rows");

        Assert.Equal("В файле есть заголовок, но нет строк с данными.", ImportReasons.Display(stored, Labels.Russian));
        Assert.Equal("The file has a header but no data rows.", ImportReasons.Display(stored, System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("old English reason", ImportReasons.Display("old English reason", Labels.Russian));
    }
}
