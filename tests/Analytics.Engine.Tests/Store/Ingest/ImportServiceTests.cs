using System.Text;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Store.Ingest;

public class ImportServiceTests
{
    [Fact]
    public void Import_StoresEveryRow_WhenAppealsAreValid()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", string.Join("\n", AppealHeader, Appeal("A-1"), Appeal("A-2", "2025-02-03T09:30:00", "Запрос информации")));

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((2, 2, 0, 0), (s.Read, s.Stored, s.Duplicates, s.Rejected));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal WHERE register_no = 'A-1' AND kind = 'complaint' AND consumer_type = 'individual' AND channel = 'phone' AND registered_at IS NULL"));   // no registration column: kept empty, never the receipt time
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal WHERE kind = 'information_request' AND received_at = TIMESTAMP '2025-02-03 09:30:00'"));
        Assert.Equal(1, temp.Count($"SELECT count(*) FROM import_run WHERE id = {s.ImportId} AND status = 'completed' AND stored = 2 AND read = 2"));
    }

    [Fact]
    public void Import_StoresNothingNew_WhenFileIsImportedAgain()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", string.Join("\n", AppealHeader, Appeal("A-1"), Appeal("A-2"), "A-3,OF1,ФЛ,Телефон,Жалоба,31.02.2025,x"));
        var first = temp.Import(ImportKind.Appeals, path);

        var second = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((3, 2, 0, 1), (first.Read, first.Stored, first.Duplicates, first.Rejected));
        Assert.Equal((3, 0, 2, 1), (second.Read, second.Stored, second.Duplicates, second.Rejected));
        Assert.Equal(2, temp.Count("SELECT count(*) FROM appeal"));
        AssertConserved(second);
    }

    [Fact]
    public void Import_RejectsImpossibleDate_WithLineAndColumn()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", string.Join("\n", AppealHeader, Appeal("A-1"), Appeal("A-2", "31.02.2025")));

        var s = temp.Import(ImportKind.Appeals, path);

        var reject = Assert.Single(s.Rejects);
        Assert.Equal(3, reject.Line);
        Assert.Equal("Дата поступления", reject.Column);
        Assert.Contains("31.02.2025", reject.Reason);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM quarantine WHERE line = 3 AND column_name = 'Дата поступления' AND raw LIKE 'A-2,%'"));
        AssertConserved(s);
    }

    [Fact]
    public void Import_CountsRepeatAsDuplicate_WhenSameRegisterNumberHasSameValues()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", string.Join("\n", AppealHeader, Appeal("A-1"), Appeal("A-1"), Appeal("A-1", "02.02.2025 10:00")));

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((3, 1, 1, 1), (s.Read, s.Stored, s.Duplicates, s.Rejected));
        var conflict = Assert.Single(s.Rejects);
        Assert.Equal(4, conflict.Line);
        Assert.Contains("повторяет строку 2", conflict.Reason);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM quarantine WHERE line = 4"));
    }

    [Fact]
    public void Import_RejectsRow_WhenFieldCountDiffersFromHeader()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", string.Join("\n", AppealHeader, Appeal("A-1") + ",extra", "A-2,OF1,ФЛ", Appeal("A-3")));

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((3, 1, 0, 2), (s.Read, s.Stored, s.Duplicates, s.Rejected));
        Assert.Equal([2L, 3L], s.Rejects.Select(r => r.Line));
        Assert.All(s.Rejects, r => Assert.Contains("fields where the header has 7", r.Reason));
    }

    [Fact]
    public void Import_RejectsUnknownEnumAndMissingValue_AndStoresTheRest()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", string.Join("\n", AppealHeader, "A-1,OF1,Марсианин,Телефон,Жалоба,01.02.2025,x", "A-2,OF1,ФЛ,Телефон,,01.02.2025,x", Appeal("A-3")));

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((3, 1, 2), (s.Read, s.Stored, s.Rejected));
        Assert.Contains("not a known consumer_type", s.Rejects[0].Reason);
        Assert.Equal("Вид обращения", s.Rejects[1].Column);
        Assert.Contains("required", s.Rejects[1].Reason);
    }

    [Fact]
    public void Import_ReportsAndIgnoresUnknownColumns()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", string.Join("\n", AppealHeader + ",Цвет", Appeal("A-1") + ",синий"));

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal(1, s.Stored);
        Assert.Contains(s.Warnings, w => w.Contains("'Цвет'"));
    }

    [Fact]
    public void Import_Refuses_WhenRequiredColumnIsMissing()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", "Рег. номер,Код офиса,Канал\nA-1,OF1,Телефон\n");

        var ex = Assert.Throws<ImportRefusedException>(() => temp.Import(ImportKind.Appeals, path));

        Assert.Contains("a.csv", ex.Message);
        Assert.Contains("'consumer_type'", ex.Message);
        Assert.Equal(0, temp.Count("SELECT count(*) FROM appeal"));
        Assert.Equal(0, temp.Count("SELECT count(*) FROM import_run"));
    }

    [Fact]
    public void Import_RejectsUnknownOfficeCode_WhenOrganisationIsLoaded()
    {
        using var temp = new TempStore();
        temp.Import(ImportKind.Org, temp.Write("org.csv", "Код,Уровень,Код родителя,Наименование,Категория\nC,Компания,,АО Энерго,\nB1,Филиал,C,Филиал 1,\nOF1,ЦОК,B1,Офис 1,II\n"));
        var path = temp.Write("a.csv", string.Join("\n", AppealHeader, Appeal("A-1"), Appeal("A-2").Replace("OF1", "OF9")));

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((1, 1), (s.Stored, s.Rejected));
        Assert.Contains("неизвестный код офиса «OF9»", s.Rejects[0].Reason);
        Assert.Equal(2, temp.Count("SELECT category FROM org_unit WHERE code = 'OF1'"));
    }

    [Fact]
    public void Import_ReadsWindows1251Semicolon_WithDecimalCommaAndRussianValues()
    {
        using var temp = new TempStore();
        var text = "Код;Год;Показатель;Значение;Допуск\nB1;2025;informativeness;0,85;0,3\n";
        var path = temp.Write("plans.csv", text, Analytics.Engine.Store.Ingest.Sources.TextSniffer.Windows1251);

        var s = temp.Import(ImportKind.Plans, path);

        Assert.Equal(1, s.Stored);
        Assert.Contains("windows-1251", s.Format);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM plan WHERE scope_code = 'B1' AND target = 'informativeness' AND value = 0.85 AND tolerance = 0.3"));
    }

    [Fact]
    public void Import_AppliesMapFile_ForForeignHeadersAndValues()
    {
        using var temp = new TempStore();
        var map = new Analytics.Engine.Store.Ingest.Mapping.ColumnMap
        {
            Columns = new() { ["No"] = "register_no", ["Unit"] = "office_code", ["Who"] = "consumer_type", ["Via"] = "channel", ["What"] = "kind", ["When"] = "received_at", ["Skip"] = null },
            Values = new() { ["channel"] = new() { ["web form"] = "internet_reception" } },
        };
        var path = temp.Write("x.csv", "No,Unit,Who,Via,What,When,Skip\nX-1,OF1,legal,web form,complaint,2025-03-01,zzz\n");

        var s = temp.Import(ImportKind.Appeals, path, new ImportOptions { Map = map });

        Assert.Equal(1, s.Stored);
        Assert.Empty(s.Warnings);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal WHERE channel = 'internet_reception' AND consumer_type = 'legal'"));
    }
}
