using Analytics.Engine.Reports;
using Analytics.Engine.Tests.Reports.Composer;
using Analytics.Engine.Tests.Support;
using UglyToad.PdfPig;

namespace Analytics.Engine.Tests.Reports;

public class ReportServiceTests
{
    private static readonly ReportOptions Options = new()
    {
        SignatoryPosition = "Директор по работе с клиентами",
        SignatoryName = "А. Б. Петрова",
        StandardTitle = "Стандарт обслуживания клиентов ПАО «Энергосбыт»",
        StandardVersion = "ред. 3 от 01.02.2024",
    };

    [Fact]
    public void Annual_PrintsTable41WithHandCountedValues_AndEveryPageRenders()
    {
        using var temp = new TempStore();
        ReportSeed.Fill(temp.Store);
        using var output = new MemoryStream();

        var result = new ReportService(temp.Store, Options).Annual(2025, output);

        var text = Text(output.ToArray());
        Assert.Contains("Таблица4.1.Информацияоколичествеобращенийпотребителей", text);
        // Row 1, «Всего»: 2 in 2024, 5 in 2025, +150 %.
        Assert.Contains("1.Обращенияпотребителей—всегоВсего25+150,0%", text);
        // Row 5: complaints settled 1 → 2.
        Assert.Contains("Всего12+100,0%", text);
        Assert.Contains("Динамика=(N−(N−1))/(N−1)×100%", text);
        foreach (var section in new[] { "2.Офисыобслуживания", "3.Телефонныеобращения", "4.Тематикаобращений", "5.Срокиответа", "6.Удовлетворённость", "7.Проверки", "8.Мероприятия" })
            Assert.Contains(section, text);
        Assert.Contains("Нетданных:проверокпочек-листам", text);
        AssertEveryPageRenders(temp, output.ToArray(), result.PageCount);
    }

    [Fact]
    public void Quarterly_ShowsDistributionAndDynamics_ForTheQuarter()
    {
        using var temp = new TempStore();
        ReportSeed.Fill(temp.Store);
        using var output = new MemoryStream();

        new ReportService(temp.Store, Options).Quarterly(2025, 2, output);

        var text = Text(output.ToArray());
        Assert.Contains("Отчётоработесклиентамиза2квартал2025года", text);
        // Q2 2025: A4 (complaint) and A5 (service request); Q1 2025: A3; Q2 2024: A2.
        Assert.Contains("Всегопоступилообращений:2(предыдущийквартал—1,годназад—1)", text);
        Assert.Contains("Юридическиелица2100,0%0—0—", text);
        Assert.Contains("ЗаключёндоговорТП", text);
    }

    [Fact]
    public void Declaration_PrintsConformityTableSignatoryAndHonestGaps()
    {
        using var temp = new TempStore();
        ReportSeed.Fill(temp.Store);
        using var output = new MemoryStream();

        var result = new ReportService(temp.Store, Options).Declaration(2025, output);

        var text = Text(output.ToArray());
        Assert.Contains("ДЕКЛАРАЦИЯОСООТВЕТСТВИИ", text);
        Assert.Contains("Директорпоработесклиентами", text);
        Assert.Contains("А.Б.Петрова", text);
        Assert.Contains("СтандартобслуживанияклиентовПАО«Энергосбыт»(ред.3от01.02.2024)", text);
        foreach (var section in new[] { "1.Основание", "2.Областьприменения", "3.Методсамооценки", "4.Соответствиетребованиям", "5.Показатели", "6.Динамика", "7.Несоответствия", "8.Заключение" })
            Assert.Contains(section, text);
        // Queue: average wait 20 min (= norm) conforms; appeals of 2025 answered on time 2 of 4 (A3, A5 of A3–A6;
        // A7 is not due yet) does not conform.
        Assert.Contains("Среднееожидание20,0минпо2талонам", text);
        Assert.Contains("Всрок2из4(50,0%", text);
        Assert.Contains("несоответствует", text);
        Assert.Contains("Сократитьсрокиответанаписьменныеобращения", text);
        Assert.Contains("вработе(просрочено)", text);
        Assert.Contains("Всегомероприятий:1;просроченонаконецгода:1.", text);
        Assert.DoesNotContain("Староемероприятие", text);
        Assert.Contains("Информативность", text);
        AssertEveryPageRenders(temp, output.ToArray(), result.PageCount);
    }

    [Fact]
    public void Declaration_GradesTheMethodologyCriteria_FromTheIndicatorEngine()
    {
        using var temp = new TempStore();
        ReportSeed.Fill(temp.Store);
        using var output = new MemoryStream();

        new ReportService(temp.Store, Options).Declaration(2025, output);

        var text = Text(output.ToArray());
        Assert.Contains("Критерииметодикисамооценки", text);
        // The seed store has written appeals with deadlines, so the on-time criterion is graded, not left empty …
        Assert.Matches("Обращения,рассмотренныевсрок;норматив100,0%[0-9,]+%\\(n=\\d+", text);
        // … and a criterion with no records says so instead of guessing a status.
        Assert.Contains("записейзагоднет", text);
    }

    [Fact]
    public void Declaration_IsByteIdentical_WhenGeneratedTwiceFromTheSameData()
    {
        using var temp = new TempStore();
        ReportSeed.Fill(temp.Store);
        var service = new ReportService(temp.Store, Options, new Analytics.Engine.Time.DisplayTime("Europe/Moscow", new FixedClock(new DateTimeOffset(2026, 12, 3, 7, 45, 0, TimeSpan.Zero))));
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        service.Declaration(2025, first);
        service.Declaration(2025, second);

        Assert.Equal(first.ToArray(), second.ToArray());
        using var pdf = PdfDocument.Open(first.ToArray());
        // Created (and signed) on the day it is generated in Moscow — never the year's end in the future or past.
        Assert.Equal(new DateTime(2026, 12, 3), pdf.Information.GetCreatedDateTimeOffset()!.Value.UtcDateTime.Date);
    }

    [Fact]
    public void Declaration_SaysNoData_WhenTheStoreIsEmpty()
    {
        using var temp = new TempStore();
        using var output = new MemoryStream();

        new ReportService(temp.Store, Options).Declaration(2025, output);

        var text = Text(output.ToArray());
        Assert.Contains("неможетбытьоценена:данныхзапериоднет", text);
        Assert.Contains("Реестробращений:письменныхобращенийнет", text);
        Assert.Contains("корректирующиедействиязапериоднезарегистрированы(нетданных)", text);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => SkiaPdfRendererTests.Normalize(p.Text)));
    }

    private static void AssertEveryPageRenders(TempStore temp, byte[] pdf, int pages)
    {
        var folder = Path.Combine(temp.Directory_, "png");
        Directory.CreateDirectory(folder);
        var render = PdfTools.Poppler("pdftoppm", pdf, temp.Directory_, ["-r", "20", "-png"], Path.Combine(folder, "p"));
        Assert.True(render.ExitCode == 0, render.Error);
        Assert.Equal("", render.Error.Trim());
        Assert.Equal(pages, Directory.GetFiles(folder, "*.png").Length);
    }
}
