using Analytics.Engine.Tests.Support;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.Tests.Vocabulary;

public class ImportReasonsTests
{
    [Fact]
    public void EveryReason_IsRussianFirstEnglishSecond_AndItsCodeIsFoundAgain()
    {
        foreach (var (code, (ru, en)) in ImportReasons.Entries)
        {
            var text = ImportReasons.Text(code, "x1", "x2", "x3", "x4");
            Assert.Matches("[а-яё]", text.Split(ImportReasons.Separator)[0]);
            Assert.DoesNotMatch("[а-яё]", en.Replace("'{0}'", ""));
            Assert.Equal(code, ImportReasons.CodeOf(text));
        }
        Assert.Equal("other", ImportReasons.CodeOf("something older"));
    }

    [Fact]
    public void SqlReason_ReadsTheSameAsTheCatalogueText()
    {
        using var store = new TempStore();
        using var c = store.Store.Open();
        var sql = ImportReasons.Sql("conflict_stored", "'register_no ' || 'A-1'", "7");

        Assert.Equal(ImportReasons.Text("conflict_stored", "register_no A-1", 7), c.ExecuteScalar<string>("SELECT " + sql));
    }

    [Fact]
    public void Message_NamesFileLineAndField()
    {
        Assert.Equal("a.csv, строка 3, поле «Дата»: r", ImportReasons.Message("a.csv", 3, "Дата", "r"));
        Assert.Equal("a.csv, строка 3: r", ImportReasons.Message("a.csv", 3, null, "r"));
    }
}
