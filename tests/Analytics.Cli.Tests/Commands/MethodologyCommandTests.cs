using System.Text.Json;

namespace Analytics.Cli.Tests.Commands;

public class MethodologyCommandTests
{
    private static (int Code, JsonElement Json) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var code = CliApp.Run(args, stdout, new StringWriter());
        return (code, JsonDocument.Parse(stdout.ToString()).RootElement.Clone());
    }

    [Fact]
    public void Trace_Json_HasTheContractShape_AndSaysWhichCriteriaHaveData()
    {
        var db = Path.Combine(TestFolders.New(), "trace.duckdb");
        Assert.Equal(0, CliApp.Run(["init", "--db", db], new StringWriter(), new StringWriter()));
        var csv = Path.Combine(TestFolders.New(), "calls.csv");
        File.WriteAllText(csv, "Код КЦ;Начало интервала;Длительность интервала;Поступило;Принято;Потеряно\nCC;01.04.2025 09:00;30;10;9;1\n");
        CliApp.Run(["import", "calls", csv, "--db", db, "--json"], new StringWriter(), new StringWriter());

        var (code, json) = Run("methodology", "trace", "--db", db, "--json");

        Assert.Equal(0, code);
        Assert.Equal(["criteria", "items"], json.EnumerateObject().Select(p => p.Name));
        var criteria = json.GetProperty("criteria").EnumerateArray().ToList();
        Assert.All(criteria, c => Assert.Equal(["id", "indicator", "source", "fedBy", "hasData"], c.EnumerateObject().Select(p => p.Name)));
        var abandoned = criteria.Single(c => c.GetProperty("id").GetString() == "exec.calls_abandoned");
        Assert.True(abandoned.GetProperty("hasData").GetBoolean());
        Assert.False(criteria.Single(c => c.GetProperty("id").GetString() == "inf.equipment").GetProperty("hasData").GetBoolean());
        Assert.Contains("centre-equipment/kiosk", criteria.Single(c => c.GetProperty("id").GetString() == "inf.equipment").GetProperty("fedBy").GetString());
        var item = json.GetProperty("items").EnumerateArray().First(i => i.GetProperty("item").GetString() == "kiosk");
        Assert.Equal(["template", "item", "criterionId", "source"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("inf.equipment", item.GetProperty("criterionId").GetString());
        Assert.Equal("003 Таблица 5", item.GetProperty("source").GetString());
    }

    [Fact]
    public void Trace_Regulatory_ListsItsOwnCriteria()
    {
        var db = Path.Combine(TestFolders.New(), "trace.duckdb");
        Assert.Equal(0, CliApp.Run(["init", "--db", db], new StringWriter(), new StringWriter()));
        var (code, json) = Run("methodology", "trace", "--methodology", "regulatory", "--db", db, "--json");
        Assert.Equal(0, code);
        Assert.Contains(json.GetProperty("criteria").EnumerateArray(), c => c.GetProperty("id").GetString() == "r23.2.1");
    }

    [Fact]
    public void CallsImport_RejectsAMalformedWaitDistribution_NamingTheColumn()
    {
        var db = Path.Combine(TestFolders.New(), "calls.duckdb");
        var csv = Path.Combine(TestFolders.New(), "calls.csv");
        File.WriteAllText(csv, "Код КЦ;Начало интервала;Длительность интервала;Поступило;Принято;Потеряно;Норматив, сек;Распределение ожидания\n" +
            "CC;01.04.2025 09:00;30;100;90;10;20;20:60 40:80\nCC;01.04.2025 09:30;30;100;90;10;20;20:60 40:50\n");

        var (code, json) = Run("import", "calls", csv, "--db", db, "--json");

        Assert.Equal(1, code);
        Assert.Equal(1, json.GetProperty("stored").GetInt64());
        Assert.Equal("Распределение ожидания", json.GetProperty("rejects")[0].GetProperty("column").GetString());
    }
}
