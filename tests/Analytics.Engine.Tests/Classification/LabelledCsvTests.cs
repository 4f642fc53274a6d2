using Analytics.Engine.Classification;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Classification;

public class LabelledCsvTests
{
    [Fact]
    public void Read_KeepsMultilineQuotedFieldsAndDoubledQuotes()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("data.csv");
        File.WriteAllText(path, "id,Label,Text\n1,a,\"Первая строка\nвторая строка, с запятой\"\n2,b,\"Сказали \"\"ждите\"\", и всё\"\n3,a,просто\n");

        var data = LabelledCsv.Read(path, "text", "label");

        Assert.Equal(3, data.Rows.Count);
        Assert.Equal("Первая строка\nвторая строка, с запятой", data.Rows[0].Text);
        Assert.Equal("Сказали \"ждите\", и всё", data.Rows[1].Text);
        Assert.Equal(["a", "b", "a"], data.Rows.Select(r => r.Label));
    }

    [Fact]
    public void Read_SkipsRowsWithEmptyLabel_AndReportsTheirLines()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("data.csv");
        File.WriteAllText(path, "text,label\nx,a\ny,\n\"z\nz\",b\n,b\n");

        var data = LabelledCsv.Read(path, "text", "label");

        Assert.Equal(2, data.Rows.Count);
        Assert.Equal([3L, 6L], data.SkippedLines);
    }

    [Fact]
    public void Read_ReportsMarkupOnlyTextAsEmpty_WithCatalogueReasonAndMessage()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("data.csv");
        File.WriteAllText(path, "text,label\n<br/>,a\n\" \",b\nнет света,a\n");

        var data = LabelledCsv.Read(path, "text", "label");

        Assert.Equal([4L], data.Lines);
        Assert.Equal([(2L, "empty-text"), (3L, "empty-text")], data.Problems.Select(p => (p.Line, p.Kind)));
        Assert.Equal("the text is empty", data.Problems[1].Reason);
        Assert.Equal("f.csv, строка 3, поле «text»: текст пуст / the text is empty", data.Problems[1].Message("f.csv"));
        Assert.StartsWith("f.csv, строка 2, поле «text»: после очистки текст пуст", data.Problems[0].Message("f.csv"));
    }

    [Fact]
    public void Read_TreatsInvisibleCharactersAsImportsDo()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("data.csv");
        File.WriteAllText(path, "text,label\nнет\u200B света,авария\u200B\nсчет\u0007,оплата\nперерасчет,оплата\n");

        var data = LabelledCsv.Read(path, "text", "label");

        // A zero-width space does not make a second class "авария" that looks like the first.
        Assert.Equal([new LabelledText("нет света", "авария"), new LabelledText("перерасчет", "оплата")], data.Rows);
        var control = Assert.Single(data.Problems);
        Assert.Equal((3L, "unreadable", "text"), (control.Line, control.Kind, control.Column));
        Assert.Contains("U+0007", control.Message("f.csv"));
    }

    [Fact]
    public void KeepLabels_LeavesOutUnseenLabels_NamingLineAndColumn()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("data.csv");
        File.WriteAllText(path, "text;label\nнет света;авария\nсчетчик сломался;счетчик\nперерасчет;оплата\n");

        var data = LabelledCsv.Read(path, "text", "label").KeepLabels(["авария", "оплата"], "label");

        Assert.Equal([2L, 4L], data.Lines);
        var unseen = Assert.Single(data.Problems);
        Assert.Equal((3L, "unseen-label", "label"), (unseen.Line, unseen.Kind, unseen.Column));
        Assert.Equal("f.csv, строка 3, поле «label»: метка «счетчик» не встречалась при обучении модели; строка не учтена в метриках"
            + " / label 'счетчик' is not one the model was trained on; the row is left out of the metrics", unseen.Message("f.csv"));
    }

    [Fact]
    public void Read_NamesFileAndColumn_WhenColumnMissing()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("data.csv");
        File.WriteAllText(path, "text,category\nx,a\n");

        var ex = Assert.Throws<InvalidDataException>(() => LabelledCsv.Read(path, "text", "label"));

        Assert.Contains("data.csv", ex.Message);
        Assert.Contains("'label'", ex.Message);
        Assert.Contains("category", ex.Message);
    }

    [Fact]
    public void Read_ReportsTheLine_WhenQuoteIsNotClosed_AndReadsOn()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("bad.csv");
        File.WriteAllText(path, "text,label\nx,a\n\"broken,b\ny,c\n");

        var data = LabelledCsv.Read(path, "text", "label");

        Assert.Equal(["a", "c"], data.Rows.Select(r => r.Label));
        Assert.Equal([2L, 4L], data.Lines);
        var problem = Assert.Single(data.Problems);
        Assert.Equal((3L, "unreadable"), (problem.Line, problem.Kind));
    }

    [Fact]
    public void Read_DetectsWindows1251AndSemicolon_AsImportsDo()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var temp = new TempStore(migrate: false);
        var path = temp.File("cp1251.csv");
        File.WriteAllText(path, "Текст;Тема\nнет света;авария\n", System.Text.Encoding.GetEncoding(1251));

        var data = LabelledCsv.Read(path, "текст", "тема");

        Assert.Equal(new LabelledText("нет света", "авария"), Assert.Single(data.Rows));
    }

    [Fact]
    public void SeedData_HasAtLeastHundredTextsPerTopic_WithValidLabels()
    {
        foreach (var task in ClassificationTask.All)
        {
            var rows = SeedData.Load(task);
            Assert.True(rows.Count >= 1000, $"{task}: {rows.Count} rows");
            Assert.All(rows, r => Assert.Contains(r.Label, ClassificationTask.LabelsOf(task)));
        }
        Assert.All(SeedData.Load(ClassificationTask.Topic).GroupBy(r => r.Label), g => Assert.True(g.Count() >= 100, g.Key));
    }
}
