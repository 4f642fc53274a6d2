using System.Globalization;
using System.Text;
using Analytics.Engine.Indicators;
using Dashboard.Benchmarks;
using Dashboard.Export;
using Dashboard.Indicators;
using Dashboard.Localization;

namespace Dashboard.Tests.Localization;

/// <summary>D2/D6: tables show the catalogue's names and managers' number formats; files keep full-precision numbers.</summary>
public class VocabularyDisplayTests
{
    private static readonly Ui T = new();

    private static UnitPeriodResult Row(string code, string name) =>
        new(OrgLevel.Office, code, name, Granularity.Year, new DateOnly(2025, 1, 1), "2025",
            [new IndicatorValue("execution", 0.89671, 400, 0.8523, 0.9291, 1,
                [new CriterionResult("fb.nps", "execution", 45.3, 400, 40.1, 50.2, 1, 70, 50, false)], Plan: 0.9, Outcome: 0)]);

    [Fact]
    public void DataCodes_AreLabelledFromTheEngineCatalogue()
    {
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        Assert.Equal("Жалоба", Ui.Lookup("Kind.complaint", ru));
        Assert.Equal("Физическое лицо", Ui.Lookup("Consumer.individual", ru));
        Assert.Equal("Обращения", Ui.Lookup("Records.Kind.appeals", ru));
        Assert.Equal("Complaint", Ui.Lookup("Kind.complaint", CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void IndicatorTable_ShowsPercentIntervalAndOutcomeWords_ExportKeepsNumbers()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
        try
        {
            var view = IndicatorTables.Get(IndicatorTables.Summary, [Row("ARH-01", "Центральный клиентский офис — Архангельск, ARH-01")], T, 0.30)!;
            var cells = view.Rows[0].Select(c => c?.ToString()).ToArray();

            Assert.Equal("Исполнительность", cells[2]);
            Assert.Equal("89,7\u00A0%", cells[3]);
            Assert.Equal("85,2\u00A0%", cells[4]);
            Assert.Equal("в пределах допуска ±27,0\u00A0п.п.", cells[8]);
            var csv = Encoding.UTF8.GetString(view.Write("csv").Content);
            Assert.Contains("0.8967", csv);
            Assert.Contains(",0\r\n", csv);

            var criteria = IndicatorTables.Get(IndicatorTables.Criteria, [Row("ARH-01", "Офис")], T)!;
            Assert.Equal("Индекс NPS", criteria.Rows[0][3]);
            Assert.Equal("+45,3", criteria.Rows[0][4]?.ToString());
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    [Fact]
    public void TableView_LinksFiguresInCells_AndWritesTheirValues()
    {
        var view = new TableView("t", ["a", "b"], [[new Cell(0.5, "50,0 %"), "x"]]).WithLinks(_ => "/records/appeals");

        Assert.Equal("/records/appeals", view.LinkAt(0, 0));
        Assert.Null(view.LinkAt(0, 1));
        Assert.Contains("0.5,x", Encoding.UTF8.GetString(view.Write("csv").Content));
    }

    [Fact]
    public void BenchmarkSignificance_SaysTheDirectionAndP()
    {
        var worse = new Analytics.Engine.Benchmarks.RankedUnit("D", "D", 0.3, 200, 0.2, 0.4, 5, false, -0.6, 0.0001, 0.0004, true);
        var plain = worse with { Significant = false };

        Assert.StartsWith("хуже медианы (p = 0", BenchmarkView.Significance(worse, T));
        Assert.Equal("нет", BenchmarkView.Significance(plain, T));
    }

    /// <summary>D19/#15.12: counts agree with their noun through one helper.</summary>
    [Fact]
    public void Counts_AgreeWithTheirNoun()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
            Assert.Equal(["1\u00A0обращение", "2\u00A0обращения", "5\u00A0обращений", "21\u00A0обращение", "11\u00A0обращений"],
                new long[] { 1, 2, 5, 21, 11 }.Select(n => T.Count(n, "Noun.Appeal")));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("1 entry", T.Count(1, "Noun.Entry"));
            Assert.Equal("3 entries", T.Count(3, "Noun.Entry"));
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
