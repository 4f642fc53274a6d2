using System.Text;
using System.Text.Json;

namespace Analytics.Cli.Tests.Commands;

/// <summary>
/// <c>classifier train|evaluate</c> read their CSV as imports do (encoding and delimiter detected) and report every
/// row they leave out by line, in <c>--json</c> and on stderr; a file with no usable row exits 1.
/// </summary>
public class ClassifierInputTests : IDisposable
{
    private static readonly string[] Outage = ["нет света с утра", "отключили электричество", "авария на линии, света нет", "пропало напряжение в доме", "опять нет света на улице", "свет мигает весь вечер"];
    private static readonly string[] Billing = ["неверная сумма в квитанции", "оплата не прошла, верните", "прошу перерасчет", "начислили пени ошибочно", "долг в квитанции неверный", "платеж не зачислен"];
    private readonly string _dir = TestFolders.New();

    static ClassifierInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string name, IEnumerable<string> lines, Encoding encoding)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", encoding);
        return path;
    }

    /// <summary>Labelled rows "текст;тема" (Cyrillic labels, so a wrong decoding cannot match them).</summary>
    private static IEnumerable<string> Corpus(char delimiter) =>
        Enumerable.Range(0, 3).SelectMany(_ => Outage.Select(t => $"\"{t}\"{delimiter}авария").Concat(Billing.Select(t => $"\"{t}\"{delimiter}оплата")));

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private (int Code, string Out, string Err) Train(string data, string model) =>
        Run("classifier", "train", "--data", data, "--text-column", "Текст", "--label-column", "Тема", "--out", model,
            "--trainer", "sdca-svm", "--ngrams", "1,3", "--json");

    [Fact]
    public void TrainAndEvaluate_ReadWindows1251SemicolonCsv_AsImportsDo()
    {
        var data = Write("cp1251.csv", ["Текст;Тема", .. Corpus(';')], Encoding.GetEncoding(1251));
        var model = Path.Combine(_dir, "m.zip");

        var train = Train(data, model);
        Assert.True(train.Code == 0, train.Err);
        using (var trained = JsonDocument.Parse(train.Out))
        {
            Assert.Equal(36, trained.RootElement.GetProperty("n").GetInt32());
            Assert.Contains("windows-1251", trained.RootElement.GetProperty("notes")[0].GetString());
        }

        var eval = Run("classifier", "evaluate", "--model", model, "--data", data, "--text-column", "текст", "--label-column", "тема", "--json");
        Assert.True(eval.Code == 0, eval.Err);
        using var json = JsonDocument.Parse(eval.Out);
        Assert.Equal(["авария", "оплата"], json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.InRange(json.RootElement.GetProperty("accuracy").GetDouble(), 0.8, 1.0);
        Assert.Equal(0, json.RootElement.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public void TrainAndEvaluate_ReportEmptyTextsUnreadableRowsAndUnseenLabels_ByLine()
    {
        // Line 2 empty text, line 3 empty label, line 4 a row with too few fields; then 36 good rows (lines 5–40).
        var train = Write("train.csv", ["Текст,Тема", "\"\",авария", "нет света,", "одно поле", .. Corpus(',')], new UTF8Encoding(false));
        var model = Path.Combine(_dir, "m.zip");

        var trained = Train(train, model);

        Assert.True(trained.Code == 0, trained.Err);
        using (var json = JsonDocument.Parse(trained.Out))
        {
            Assert.Equal(36, json.RootElement.GetProperty("n").GetInt32());
            var problems = json.RootElement.GetProperty("problems").EnumerateArray()
                .Select(p => (p.GetProperty("line").GetInt64(), p.GetProperty("kind").GetString())).ToList();
            Assert.Equal([(2L, "empty-text"), (3L, "empty-label"), (4L, "unreadable")], problems);
        }
        Assert.Contains("line 2, column 'Текст': the text is empty", trained.Err);
        Assert.Contains("line 4", trained.Err);

        var test = Write("test.csv", ["Текст,Тема", "нет света третий день,авария", "счетчик сломался,счетчик", "перерасчет за май,оплата"], new UTF8Encoding(false));
        var eval = Run("classifier", "evaluate", "--model", model, "--data", test, "--text-column", "Текст", "--label-column", "Тема", "--json");

        Assert.True(eval.Code == 0, eval.Err);
        using var e = JsonDocument.Parse(eval.Out);
        Assert.Equal(2, e.RootElement.GetProperty("n").GetInt32());
        var unseen = e.RootElement.GetProperty("problems").EnumerateArray().Single();
        Assert.Equal((3L, "unseen-label"), (unseen.GetProperty("line").GetInt64(), unseen.GetProperty("kind").GetString()));
        Assert.Contains("line 3, column 'Тема': label 'счетчик'", eval.Err);
    }

    [Fact]
    public void Train_ExitsOne_WhenNoRowIsUsable()
    {
        var data = Write("empty-texts.csv", ["text,label", ",a", " ,b", "\"\",a"], new UTF8Encoding(false));

        var result = Run("classifier", "train", "--data", data, "--out", Path.Combine(_dir, "m.zip"), "--json");

        Assert.Equal(1, result.Code);
        Assert.Contains("no usable row", result.Err);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal([2L, 3L, 4L], json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("line").GetInt64()));
        Assert.False(File.Exists(Path.Combine(_dir, "m.zip")));
    }

    [Fact]
    public void Evaluate_ExitsOne_WhenEveryLabelIsUnseen()
    {
        var data = Write("train.csv", ["text;label", .. Corpus(';')], new UTF8Encoding(false));
        var model = Path.Combine(_dir, "m.zip");
        Assert.Equal(0, Run("classifier", "train", "--data", data, "--out", model, "--trainer", "sdca-svm", "--ngrams", "1,3").Code);
        var other = Write("other.csv", ["text;label", "нет света;outage", "перерасчет;billing"], new UTF8Encoding(false));

        var result = Run("classifier", "evaluate", "--model", model, "--data", other);

        Assert.Equal(1, result.Code);
        Assert.Contains("line 2, column 'label': label 'outage'", result.Err);
        Assert.Contains("no usable row", result.Err);
    }
}
