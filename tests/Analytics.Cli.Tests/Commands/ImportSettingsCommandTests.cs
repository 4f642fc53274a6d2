using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Analytics.Cli.Tests.Commands;

/// <summary>
/// #21 (gaps): `analytics import` honours the <c>Imports:*</c> settings the web upload honours — line limit, cell
/// limit, plausible date range — from ANALYTICS_Imports__* (or appsettings.json). Each run is a child process, so the
/// environment it is given cannot reach tests running beside it.
/// </summary>
public class ImportSettingsCommandTests
{
    private static JsonElement Import(string file, string db, params (string Name, string Value)[] settings)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "analytics.dll"), "import", "appeals", file, "--db", db, "--json"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(file)!, // no appsettings.json there: only the variables below count
        };
        foreach (var (name, value) in settings) info.Environment["ANALYTICS_Imports__" + name] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        Assert.True(stdout.StartsWith('{'), $"exit {process.ExitCode}: {stdout}{stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static string[] Codes(JsonElement summary) => [.. summary.GetProperty("rejects").EnumerateArray().Select(r => r.GetProperty("code").GetString()!)];

    [Fact]
    public void CsvImport_RejectsByTheConfiguredLineLimitAndDateRange()
    {
        var dir = TestFolders.New();
        var file = Path.Combine(dir, "appeals.csv");
        File.WriteAllText(file, "Рег. номер,Код офиса,Тип потребителя,Канал,Вид обращения,Дата поступления,Тема\n" +
            "A-1,OF1,ФЛ,Телефон,Жалоба,01.02.2025 10:00,Счёт\n" +
            "A-2,OF1,ФЛ,Телефон,Жалоба,01.02.2019 10:00,Счёт\n" +          // before 2020: implausible under the setting
            $"A-3,OF1,ФЛ,Телефон,Жалоба,01.02.2025 10:00,{new string('я', 400)}\n", // 800+ bytes: over a 512-byte line
            new UTF8Encoding(false));

        var defaults = Import(file, Path.Combine(dir, "defaults.duckdb"));
        var configured = Import(file, Path.Combine(dir, "configured.duckdb"), ("EarliestDate", "2020-01-01"), ("MaxLineChars", "512"));

        Assert.Equal((3, 3, 0), (defaults.GetProperty("read").GetInt32(), defaults.GetProperty("stored").GetInt32(), defaults.GetProperty("rejected").GetInt32()));
        Assert.Equal((3, 1, 2), (configured.GetProperty("read").GetInt32(), configured.GetProperty("stored").GetInt32(), configured.GetProperty("rejected").GetInt32()));
        Assert.Contains("implausible_date", Codes(configured));
        Assert.Equal(2, Codes(configured).Distinct().Count());
    }

    [Fact]
    public void XlsxImport_RejectsACellOverTheConfiguredCellLimit()
    {
        var dir = TestFolders.New();
        var file = HostileXlsxCommandTests.Xlsx(dir, w => w.Write(HostileXlsxCommandTests.Header + HostileXlsxCommandTests.Good
            + HostileXlsxCommandTests.Row(3, "A-2", "OF1", "ФЛ", "Телефон", "Жалоба", "01.02.2025", new string('x', 5000))));

        var defaults = Import(file, Path.Combine(dir, "defaults.duckdb"));
        var configured = Import(file, Path.Combine(dir, "configured.duckdb"), ("MaxCellChars", "1000"));

        Assert.Equal(0, defaults.GetProperty("rejected").GetInt32());
        Assert.Equal((1, 1), (configured.GetProperty("stored").GetInt32(), configured.GetProperty("rejected").GetInt32()));
        var reject = Assert.Single(configured.GetProperty("rejects").EnumerateArray());
        Assert.Contains("Imports:MaxCellChars", reject.GetProperty("reason").GetString());
        Assert.Contains("1000", reject.GetProperty("reason").GetString());
        Assert.Equal("cell_too_long", reject.GetProperty("code").GetString()); // the cell's name before the reason keeps its code
    }
}
