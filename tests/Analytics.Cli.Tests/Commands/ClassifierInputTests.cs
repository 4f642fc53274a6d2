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
    private static readonly string[] Connection = ["прошу подключить новый дом", "заявка на техприсоединение участка", "когда подключат гараж к сети", "договор на присоединение не прислали", "увеличить мощность подключения", "подключение бани к электросети"];
    private static readonly string[] Service = ["оператор грубо ответил", "в офисе огромная очередь", "не могу дозвониться на горячую линию", "сотрудник нахамил в офисе", "на обращение не ответили месяц", "консультант ничего не объяснил"];

    /// <summary>Good rows in <see cref="Corpus"/>: three rounds of six texts in each of four classes.</summary>
    private const int CorpusRows = 3 * 4 * 6;
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

    /// <summary>Labelled rows "текст;тема", four classes (Cyrillic labels, so a wrong decoding cannot match them).</summary>
    private static IEnumerable<string> Corpus(char delimiter) =>
        Enumerable.Range(0, 3).SelectMany(_ => Outage.Select(t => $"\"{t}\"{delimiter}авария")
            .Concat(Billing.Select(t => $"\"{t}\"{delimiter}оплата"))
            .Concat(Connection.Select(t => $"\"{t}\"{delimiter}подключение"))
            .Concat(Service.Select(t => $"\"{t}\"{delimiter}обслуживание")));

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
            Assert.Equal(CorpusRows, trained.RootElement.GetProperty("n").GetInt32());
            Assert.Contains("windows-1251", trained.RootElement.GetProperty("notes")[0].GetString());
            Assert.Equal(data, trained.RootElement.GetProperty("file").GetString());
        }

        var eval = Run("classifier", "evaluate", "--model", model, "--data", data, "--text-column", "текст", "--label-column", "тема", "--json");
        Assert.True(eval.Code == 0, eval.Err);
        using var json = JsonDocument.Parse(eval.Out);
        Assert.Equal(["авария", "обслуживание", "оплата", "подключение"], json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).Order());
        Assert.Equal(CorpusRows, json.RootElement.GetProperty("n").GetInt32());
        Assert.InRange(json.RootElement.GetProperty("accuracy").GetDouble(), 0.8, 1.0);
        Assert.InRange(json.RootElement.GetProperty("macroF1").GetDouble(), 0.8, 1.0);
        Assert.Equal(0, json.RootElement.GetProperty("skipped").GetInt32());
        Assert.Contains("windows-1251", json.RootElement.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public void Evaluate_GivesTheSameFigures_ForTheSameRowsInWindows1251Tab_AsInUtf8Comma()
    {
        // The case: a model evaluated on a Windows-1251 file read as UTF-8 scored 0 and exited 0. The same
        // rows, re-encoded and tab-delimited, with an empty text and an unknown label among them, must score exactly
        // as the UTF-8 file does, and the left-out rows keep their lines in either encoding.
        string[] extra = ["\"\"{0}авария", "\"счетчик сломался\"{0}счетчик"];
        var utf8 = Write("utf8.csv", ["Текст,Тема", .. extra.Select(e => string.Format(e, ',')), .. Corpus(',')], new UTF8Encoding(false));
        var cp1251 = Write("cp1251.tsv.csv", ["Текст\tТема", .. extra.Select(e => string.Format(e, '\t')), .. Corpus('\t')], Encoding.GetEncoding(1251));
        var model = Path.Combine(_dir, "m.zip");
        var trained = Train(Write("train.csv", ["Текст,Тема", .. Corpus(',')], new UTF8Encoding(false)), model);
        Assert.True(trained.Code == 0, trained.Err);

        var figures = new[] { utf8, cp1251 }.Select(data =>
        {
            var eval = Run("classifier", "evaluate", "--model", model, "--data", data, "--text-column", "Текст", "--label-column", "Тема", "--json");
            Assert.True(eval.Code == 0, eval.Err);
            Assert.Contains($"{data}, строка 2, поле «Текст»: текст пуст", eval.Err);
            Assert.Contains($"{data}, строка 3, поле «Тема»: метка «счетчик» не встречалась при обучении модели", eval.Err);
            using var json = JsonDocument.Parse(eval.Out);
            var root = json.RootElement;
            Assert.Equal([(2L, "empty-text"), (3L, "unseen-label")],
                root.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("line").GetInt64(), p.GetProperty("kind").GetString())));
            return (N: root.GetProperty("n").GetInt32(), Accuracy: root.GetProperty("accuracy").GetDouble(), MacroF1: root.GetProperty("macroF1").GetDouble());
        }).ToList();

        Assert.Equal(CorpusRows, figures[0].N);
        Assert.InRange(figures[0].Accuracy, 0.8, 1.0);
        Assert.Equal(figures[0], figures[1]);
    }

    [Fact]
    public void TrainAndEvaluate_ReportEmptyTextsUnreadableRowsAndUnseenLabels_ByLine()
    {
        // A UTF-8 comma file. Line 2 empty text, line 3 empty label, line 4 a row with too few fields, line 5 markup
        // only (empty once normalised); then the good rows (lines 6 on).
        var train = Write("train.csv", ["Текст,Тема", "\"\",авария", "нет света,", "одно поле", "\"<p>&nbsp;</p>\",оплата", .. Corpus(',')], new UTF8Encoding(false));
        var model = Path.Combine(_dir, "m.zip");

        var trained = Train(train, model);

        Assert.True(trained.Code == 0, trained.Err);
        using (var json = JsonDocument.Parse(trained.Out))
        {
            Assert.Equal(CorpusRows, json.RootElement.GetProperty("n").GetInt32());
            Assert.Equal(4, json.RootElement.GetProperty("skipped").GetInt32());
            var problems = json.RootElement.GetProperty("problems").EnumerateArray().ToList();
            Assert.Equal([(2L, "empty-text"), (3L, "empty-label"), (4L, "unreadable"), (5L, "empty-text")],
                problems.Select(p => (p.GetProperty("line").GetInt64(), p.GetProperty("kind").GetString())));
            // The fields scripts already read keep their meaning; file and message are added beside them.
            Assert.Equal("Текст", problems[0].GetProperty("column").GetString());
            Assert.Equal("the text is empty", problems[0].GetProperty("reason").GetString());
            Assert.All(problems, p => Assert.Equal(train, p.GetProperty("file").GetString()));
            Assert.Equal($"{train}, строка 2, поле «Текст»: текст пуст / the text is empty", problems[0].GetProperty("message").GetString());
            Assert.Equal($"{train}, строка 3, поле «Тема»: метка класса пуста / the label is empty", problems[1].GetProperty("message").GetString());
        }
        Assert.Contains($"{train}, строка 2, поле «Текст»: текст пуст", trained.Err);
        Assert.Contains($"{train}, строка 4: поля «Тема» нет", trained.Err);
        Assert.Contains($"{train}, строка 5, поле «Текст»: после очистки текст пуст", trained.Err);
        Assert.Contains($"не использовано строк: 4 (empty-text 2, empty-label 1, unreadable 1), использовано: {CorpusRows}", trained.Err);

        var test = Write("test.csv", ["Текст,Тема", "нет света третий день,авария", "счетчик сломался,счетчик", "перерасчет за май,оплата"], new UTF8Encoding(false));
        var eval = Run("classifier", "evaluate", "--model", model, "--data", test, "--text-column", "Текст", "--label-column", "Тема", "--json");

        Assert.True(eval.Code == 0, eval.Err);
        using var e = JsonDocument.Parse(eval.Out);
        Assert.Equal(2, e.RootElement.GetProperty("n").GetInt32());
        Assert.InRange(e.RootElement.GetProperty("accuracy").GetDouble(), 0.5, 1.0);
        Assert.Equal(1, e.RootElement.GetProperty("skipped").GetInt32());
        Assert.DoesNotContain("счетчик", e.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var unseen = e.RootElement.GetProperty("problems").EnumerateArray().Single();
        Assert.Equal((3L, "unseen-label", "Тема"), (unseen.GetProperty("line").GetInt64(), unseen.GetProperty("kind").GetString(), unseen.GetProperty("column").GetString()));
        Assert.Equal(test, unseen.GetProperty("file").GetString());
        Assert.Contains($"{test}, строка 3, поле «Тема»: метка «счетчик» не встречалась при обучении модели", eval.Err);
    }

    [Fact]
    public void Train_ExitsOne_WhenNoRowIsUsable()
    {
        var data = Write("empty-texts.csv", ["text,label", ",a", " ,b", "\"\",a"], new UTF8Encoding(false));

        var result = Run("classifier", "train", "--data", data, "--out", Path.Combine(_dir, "m.zip"), "--json");

        Assert.Equal(1, result.Code);
        Assert.Contains($"error: {data}: нет ни одной пригодной строки (не использовано строк: 3) / {data}: no usable row", result.Err);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains(data, json.RootElement.GetProperty("error").GetString());
        Assert.Equal(data, json.RootElement.GetProperty("file").GetString());
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
        Assert.Contains($"{other}, строка 2, поле «label»: метка «outage»", result.Err);
        Assert.Contains($"{other}, строка 3, поле «label»: метка «billing»", result.Err);
        Assert.Contains($"error: {other}: нет ни одной пригодной строки", result.Err);
    }
}
