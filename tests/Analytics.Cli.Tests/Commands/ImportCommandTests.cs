using System.Text.Json;

namespace Analytics.Cli.Tests.Commands;

public class ImportCommandTests
{
    private static readonly string Dir = TestFolders.New();

    private static (int Code, JsonElement Json, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        var text = stdout.ToString();
        return (code, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), stderr.ToString());
    }

    private static string Write(string name, string content)
    {
        Directory.CreateDirectory(Dir);
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Import_PrintsCountsAndRejects_AsOneJsonObject()
    {
        var db = Path.Combine(Dir, Guid.NewGuid().ToString("N") + ".duckdb");
        var file = Write("a.csv", "Рег. номер;Код офиса;Тип потребителя;Канал;Вид обращения;Дата поступления\nA-1;OF1;ФЛ;Телефон;Жалоба;01.02.2025\nA-2;OF1;ЮЛ;Почта;Жалоба;31.02.2025\n");

        var (code, json, err) = Run("import", "appeals", file, "--db", db, "--json");

        Assert.Equal(1, code);
        Assert.Equal("", err);
        Assert.Equal(2, json.GetProperty("read").GetInt64());
        Assert.Equal(1, json.GetProperty("stored").GetInt64());
        Assert.Equal(0, json.GetProperty("duplicates").GetInt64());
        Assert.Equal(1, json.GetProperty("rejected").GetInt64());
        var reject = json.GetProperty("rejects")[0];
        Assert.Equal(3, reject.GetProperty("line").GetInt64());
        Assert.Equal("Дата поступления", reject.GetProperty("column").GetString());
        // The reason is Russian first, English second; a stable code and a Russian message naming file, line and field beside it.
        Assert.StartsWith("«31.02.2025» — не дата", reject.GetProperty("reason").GetString());
        Assert.Equal("not_date", reject.GetProperty("code").GetString());
        Assert.StartsWith("a.csv, строка 3, поле «Дата поступления»: «31.02.2025» — не дата", reject.GetProperty("message").GetString());

        var again = Run("import", "appeals", file, "--db", db, "--json");
        Assert.Equal(1, again.Json.GetProperty("duplicates").GetInt64());
        Assert.Equal(0, again.Json.GetProperty("stored").GetInt64());
    }

    [Fact]
    public void Import_ExitsZero_WhenNothingIsRejected()
    {
        var db = Path.Combine(Dir, Guid.NewGuid().ToString("N") + ".duckdb");
        var file = Write("plans.csv", "scope_code,year,target,value\nC,2025,informativeness,0.9\n");
        var (code, json, _) = Run("import", "plans", file, "--db", db, "--json");
        Assert.Equal(0, code);
        Assert.Equal(1, json.GetProperty("stored").GetInt64());
    }

    [Fact]
    public void Import_ExitsOne_WhenRequiredColumnIsMissing()
    {
        var db = Path.Combine(Dir, Guid.NewGuid().ToString("N") + ".duckdb");
        var file = Write("bad.csv", "year,target\n2025,x\n");
        var (code, _, err) = Run("import", "plans", file, "--db", db, "--json");
        Assert.Equal(1, code);
        Assert.Contains("bad.csv", err);
        Assert.Contains("scope_code", err);
    }

    [Fact]
    public void Import_ExitsTwo_WhenKindIsUnknown()
    {
        var (code, _, err) = Run("import", "widgets", "x.csv");
        Assert.Equal(2, code);
        Assert.Contains("Unknown kind", err);
    }

    [Fact]
    public void Export_WritesParquet_ThatImportsBackAsDuplicates()
    {
        var db = Path.Combine(Dir, Guid.NewGuid().ToString("N") + ".duckdb");
        var file = Write("plans2.csv", "scope_code,year,target,value,tolerance\nC,2025,informativeness,0.9,0.3\nB1,2025,execution,0.95,\n");
        Run("import", "plans", file, "--db", db, "--json");
        var output = Path.Combine(Dir, "plan.parquet");

        var export = Run("export", "plan", "--out", output, "--db", db, "--json");
        var back = Run("import", "plans", output, "--db", db, "--json");

        Assert.Equal(0, export.Code);
        Assert.Equal(2, export.Json.GetProperty("rows").GetInt64());
        Assert.Equal(0, back.Code);
        Assert.Equal(2, back.Json.GetProperty("duplicates").GetInt64());
    }

    [Fact]
    public void Export_ExitsTwo_WhenTableIsUnknown()
    {
        var db = Path.Combine(Dir, Guid.NewGuid().ToString("N") + ".duckdb");
        Run("init", "--db", db);
        var (code, _, err) = Run("export", "pg_shadow; DROP TABLE appeal", "--out", Path.Combine(Dir, "x.csv"), "--db", db);
        Assert.Equal(2, code);
        Assert.Contains("Unknown table", err);
    }
}
