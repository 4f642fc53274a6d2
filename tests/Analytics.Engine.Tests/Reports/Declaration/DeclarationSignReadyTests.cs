using System.Text.RegularExpressions;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Composer.Skia;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Tests.Support;
using Analytics.Engine.Time;
using Dapper;

namespace Analytics.Engine.Tests.Reports.Declaration;

/// <summary>
/// The Declaration as a document someone signs (#15.8): Russian only, clauses cited in Russian, a conclusion that
/// says what section 7 shows, branch names declined from the org data, the unit's own signatory, finished years only.
/// Today is fixed at 03.12.2026 10:45 in Moscow.
/// </summary>
public sealed partial class DeclarationSignReadyTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 7, 45, 0, TimeSpan.Zero);
    private readonly TempStore _temp = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("declaration-").FullName;

    // Latin-script words a Russian Declaration may print: survey metrics, the Минэнерго form's N, the sample size n,
    // office categories I–III. Anything else (file names, "Table", "ch.", English notes) fails the test.
    private static readonly HashSet<string> AllowedLatin = ["CSAT", "NPS", "CES", "SMS", "e-mail", "N", "n", "I", "II", "III", "I/II", "I/II/III"];

    private static ReportOptions Options() => new()
    {
        Signatories = { ["B1"] = new Signatory { Position = "Директор Северного филиала", Name = "В. Г. Сидоров" } },
    };

    private ReportService Service(ReportOptions? options = null) =>
        new(_temp.Store, options ?? Options(), new DisplayTime("Europe/Moscow", new FixedClock(Now)));

    public DeclarationSignReadyTests()
    {
        ReportSeed.Fill(_temp.Store);
        using var c = _temp.Store.Open();
        c.Execute("UPDATE org_unit SET name_genitive = 'Северного филиала' WHERE code = 'B1'");
    }

    [Fact]
    public void CriteriaTable_ShowsMeansInTheirOwnUnit_NeverAsAPercent()
    {
        var service = new ReportService(_temp.Store, Microsoft.Extensions.Options.Options.Create(Options()),
            indicators: new Analytics.Engine.Indicators.EngineIndicatorSource(), time: new DisplayTime("Europe/Moscow", new FixedClock(Now)));
        var text = Flat(PdfText(Render(s => service.Declaration(2025, s))));

        // The mean wait (001 п. 2.1.5) in minutes against its 20-minute norm, not "1 459,3 %".
        Assert.Matches(@"Среднее ожидание в очереди \(норма 20 мин\)\s+\d+,\d\s?мин \(n =", text);
        Assert.DoesNotMatch(@"\d[\s\u00A0]\d{3},\d[\s\u00A0]?%", text);
    }

    [Fact]
    public void CompanyAndBranchDeclarations_HaveNoLatinWordsOutsideTheAllowList_NorInternalReferences()
    {
        foreach (var unit in new string?[] { null, "B1", "B2" })
        {
            var text = PdfText(Render(s => Service().Declaration(2025, s, unit)));
            // Identifiers (letters with digits: register numbers «A3», unit codes «O2») are data, not words.
            var latin = LatinWord().Matches(text).Where(m => !AllowedLatin.Contains(m.Value) && !m.Value.Any(char.IsDigit))
                .Select(m => $"«{m.Value}» in …{text[Math.Max(0, m.Index - 40)..Math.Min(text.Length, m.Index + 40)]}…").Distinct().ToList();
            Assert.True(latin.Count == 0, $"unit {unit ?? "company"}: Latin words {string.Join("\n", latin)}");
            foreach (var internalRef in new[] { "§", ".md", "001 ", "003 ", "form 2", "Table" })
                Assert.DoesNotContain(internalRef, text);
            // Clauses cited in Russian: document name and «п.».
            Assert.Contains("Стандарт, п. 2.1.5", Flat(text));
            Assert.Contains("«Стандарт» — Стандарт обслуживания потребителей", Flat(text));
        }
    }

    [Fact]
    public void Citations_TurnInternalNotesIntoRussianClauses()
    {
        var docs = new ReportOptions().SourceDocuments;
        Assert.Equal("Стандарт, п. 2.2.4; Стандарт для юрлиц, п. 8.2.5",
            Citations.Format("001 §2.2.4 (extension ≤ 30 days); 002 §8.2.5 (≤ 15 working days)", docs));
        Assert.Equal("Стандарт, п. 2.2.4", Citations.Format("001 §2.2.4 (waiting norm); the 5 % target is a setting", docs));
        Assert.Equal("Требования к ЦОК, табл. 10", Citations.Format("003 Table 10", docs));
        Assert.Equal("Стандарт качества, гл. 9", Citations.Format("000 ch. 9 (questionnaires)", docs));
        Assert.Equal("Методика Минэнерго, форма 2.3, п. 2.3",
            Citations.Format("form 2.3 criterion 2.3 (methodology.md §2)", docs));
        Assert.Equal(Citations.OwnRule, Citations.Format("methodology.md §2 (default reading)", docs));
    }

    [Fact]
    public void Citations_ReadTheTemplatesRussianNotes_AndAClauseWithoutItsDocumentCitesTheOneBefore()
    {
        var docs = new ReportOptions().SourceDocuments;
        Assert.Equal("Требования к ЦОК, табл. 5", Citations.Format("003 Таблица 5", docs));
        Assert.Equal("Требования к ЦОК, табл. 9, № 17–19, 21", Citations.Format("003 Таблица 9 №17–19, №21", docs));
        Assert.Equal("Требования к ЦОК, табл. 6; Требования к ЦОК, табл. 7", Citations.Format("003 Таблица 6; Таблица 7", docs));
        Assert.Equal("Стандарт для юрлиц, п. 8.2; Стандарт для юрлиц, п. 8.4", Citations.Format("002 §8.2; §8.4", docs));
        Assert.Equal("Принципы РАО ЕЭС", Citations.Format("004 («Единое окно»)", docs));
    }

    [Fact]
    public void Conclusion_ListsTheNonConformitiesOfSection7_WhenThereAreAny()
    {
        var text = Flat(PdfText(Render(s => Service().Declaration(2025, s))));
        var section7 = text[text.IndexOf("7. Несоответствия", StringComparison.Ordinal)..text.IndexOf("8. Заключение", StringComparison.Ordinal)];
        var conclusion = text[text.IndexOf("8. Заключение", StringComparison.Ordinal)..];
        Assert.Contains("Выявленные несоответствия", section7);
        Assert.Contains("перечислены в разделе 7", conclusion);
        Assert.DoesNotContain("несоответствий не выявлено", conclusion);
        // The seed store has a corrective action in 2025: the conclusion may point at the programme because it exists.
        Assert.Contains("в программе мероприятий по улучшению", conclusion);
    }

    [Fact]
    public void Conclusion_ClaimsNoNonConformity_WhenSection7HasNone()
    {
        var options = Options();
        var data = new DeclarationBuilder(_temp.Store, options).Build(null, new ReportPeriod(2025, 12, new DateOnly(2026, 12, 3)));
        var clean = data with
        {
            Requirements = data.Requirements.Select(r => r with { Status = Conformity.Conforms }).ToList(),
            Criteria = [],
            Programme = [],
        };
        using var stream = new MemoryStream();
        new SkiaPdfRenderer().Render(DeclarationLayout.Build(clean, options), stream);
        var text = Flat(PdfText(stream.ToArray()));

        Assert.Contains("Несоответствий по результатам самооценки не выявлено", text);
        Assert.Contains("соответствует требованиям Стандарта; несоответствий не выявлено", text);
        Assert.DoesNotContain("раздел 7", text[text.IndexOf("8. Заключение", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void BranchNames_AreInTheGenitiveFromTheOrgData_OrInAPhraseThatNeedsNone()
    {
        var north = Flat(PdfText(Render(s => Service().Declaration(2025, s, "B1"))));
        Assert.Contains("соответствие деятельности Северного филиала по обслуживанию", north);
        Assert.Contains("деятельность Северного филиала по обслуживанию", north);
        Assert.DoesNotContain("деятельности Северный филиал", north);

        var south = Flat(PdfText(Render(s => Service().Declaration(2025, s, "B2"))));
        Assert.Contains("деятельности подразделения «Южный филиал»", south);
    }

    [Fact]
    public void EachUnit_IsSignedByItsOwnSignatory_AndBranchesDefaultToTheBranchDirector()
    {
        Assert.Contains("В. Г. Сидоров", Flat(PdfText(Render(s => Service().Declaration(2025, s, "B1")))));
        var south = Flat(PdfText(Render(s => Service().Declaration(2025, s, "B2"))));
        Assert.Contains("Директор филиала", south);
        Assert.DoesNotContain("Генеральный директор", south);
        Assert.Contains("Генеральный директор", Flat(PdfText(Render(s => Service().Declaration(2025, s)))));
    }

    [Fact]
    public void RunningYear_IsRefusedForTheDeclaration_AndTheDefaultIsTheLastCompleteYear()
    {
        var service = Service();
        Assert.Equal(2025, service.LastCompleteYear);
        var refused = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => service.Declaration(2026, new MemoryStream()));
        Assert.Contains("ещё не закончился", refused.Message);
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => service.Quarterly(2026, 4, new MemoryStream()));
    }

    [Fact]
    public void RunningYear_AnnualReport_IsADraftWatermarkedПроект_ComparedOnTheSameMonths()
    {
        var text = Flat(PdfText(Render(s => Service().Annual(2026, s))));
        Assert.Contains("ПРОЕКТ", text);
        Assert.Contains("январь–ноябрь 2026 года", text);
        Assert.Contains("2025, янв–ноя (N−1)", text);
        Assert.Contains("2026, янв–ноя (N)", text);
    }

    [Fact]
    public void SignatureAndCreationDates_AreToday_NeverAfterIt()
    {
        var pdf = Render(s => Service().Declaration(2025, s));
        Assert.Contains("Дата: 03.12.2026", Flat(PdfText(pdf)));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(new DateTime(2026, 12, 3), document.Information.GetCreatedDateTimeOffset()!.Value.UtcDateTime.Date);

        var future = Options();
        future.DocumentDate = new DateOnly(2026, 12, 31);
        Assert.Contains("Дата: 03.12.2026", Flat(PdfText(Render(s => Service(future).Declaration(2025, s)))));
    }

    [Fact]
    public void PlanTable_StatesTheOutcomeInWordsWithTheTolerance()
    {
        var line = new IndicatorLine("execution", "Исполнительность", 0.93, 0.8967, 0, "", 0.30);
        // The dashboards' wording (Numbers.Outcome): the band in п.п. of the indicator's share, in % of plan for the generalized one.
        Assert.Equal("в пределах допуска ±27,9\u00A0п.п.", DeclarationLayout.Outcome(line));
        Assert.Equal(Analytics.Engine.Vocabulary.Numbers.Outcome(0, 0.30, 0.93, Analytics.Engine.Vocabulary.Labels.Russian), DeclarationLayout.Outcome(line));
        Assert.Equal("хуже плана", DeclarationLayout.Outcome(line with { Outcome = -1 }));
        Assert.Equal("в пределах допуска ±30\u00A0% от плана", DeclarationLayout.Outcome(line, share: false));
        Assert.Equal("нет данных", DeclarationLayout.Outcome(line with { Outcome = null }));
    }

    [Fact]
    public void StandardTitle_ComesFromSettings_AndNoWordIsCutAcrossLines()
    {
        var options = Options();
        options.StandardTitle = "Стандарт обслуживания клиентов АО «Энергосбыт Северо-Запада»";
        var period = new ReportPeriod(2025, 12, new DateOnly(2026, 12, 3));
        var document = DeclarationLayout.Build(new DeclarationBuilder(_temp.Store, options).Build("B1", period), options);
        using var stream = new MemoryStream();
        new SkiaPdfRenderer().Render(document, stream);
        var text = Flat(PdfText(stream.ToArray()));

        Assert.Contains("требованиям документа «Стандарт обслуживания клиентов АО «Энергосбыт Северо-Запада»»", text);
        Assert.DoesNotContain(new ReportOptions().StandardTitle, text);

        // Every Cyrillic word printed is a word of the document: a word cut between lines without a hyphen would
        // print as two fragments that the document never contains (hyphenated cuts are joined back by Flat).
        var source = new List<string> { document.Info.Header, document.Info.Watermark, document.Info.FooterPattern };
        foreach (var block in document.Blocks)
            Strings(System.Text.Json.JsonSerializer.SerializeToElement(block, block.GetType()), source);
        var words = source.SelectMany(s => CyrillicWord().Matches(s + " " + s.Replace("-", "", StringComparison.Ordinal)))
            .Select(m => m.Value).ToHashSet();
        var fragments = CyrillicWord().Matches(text).Select(m => m.Value).Where(w => !words.Contains(w)).Distinct().ToList();
        Assert.True(fragments.Count == 0, $"words not in the document (cut across lines?): {string.Join(", ", fragments)}");
    }

    private static void Strings(System.Text.Json.JsonElement e, List<string> into)
    {
        switch (e.ValueKind)
        {
            case System.Text.Json.JsonValueKind.String: into.Add(e.GetString()!); break;
            case System.Text.Json.JsonValueKind.Array: foreach (var x in e.EnumerateArray()) Strings(x, into); break;
            case System.Text.Json.JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Strings(p.Value, into); break;
        }
    }

    [GeneratedRegex(@"[А-Яа-яЁё]+")]
    private static partial Regex CyrillicWord();

    private static byte[] Render(Action<Stream> render)
    {
        using var stream = new MemoryStream();
        render(stream);
        return stream.ToArray();
    }

    private string PdfText(byte[] pdf)
    {
        var (code, output, error) = PdfTools.Poppler("pdftotext", pdf, _dir, ["-enc", "UTF-8"], "-");
        Assert.True(code == 0, error);
        return output;
    }

    /// <summary>Text with line breaks and hyphenation at line ends undone, single spaces.</summary>
    private static string Flat(string text) => Spaces().Replace(text.Replace("-\n", "", StringComparison.Ordinal), " ");

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z0-9]*[A-Za-z](?:[A-Za-z0-9\-/]*[A-Za-z0-9])?(?![A-Za-z0-9])")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public void Dispose()
    {
        _temp.Dispose();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
