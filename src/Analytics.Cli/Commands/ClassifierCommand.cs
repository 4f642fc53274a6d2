using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Classification;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics classifier train|evaluate|predict</c> over any CSV with a text and a label column, plus the
/// store-backed <c>retrain|classify|models|activate|correct</c> (see <see cref="ClassifierStoreCommands"/>).
/// </summary>
public static class ClassifierCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("classifier", "Train, evaluate and apply text classifiers (appeal topic, kind, poor quality)");
        command.Subcommands.Add(Train(console));
        command.Subcommands.Add(Evaluate(console));
        command.Subcommands.Add(Predict(console));
        foreach (var sub in ClassifierStoreCommands.Create(console)) command.Subcommands.Add(sub);
        return command;
    }

    private static Command Train(CliConsole console)
    {
        var data = DataOption();
        var text = TextColumn();
        var label = LabelColumn();
        var output = new Option<string>("--out") { Description = "Model zip to write", Required = true };
        var trainer = TrainerOption();
        var seed = new Option<int>("--seed") { Description = "MLContext seed", DefaultValueFactory = _ => new ClassificationOptions().Seed };
        var ngrams = NgramsOption();
        var cap = new Option<int>("--cv-cap") { Description = "Texts sampled for cross-validated model selection", DefaultValueFactory = _ => 3000 };
        var json = GlobalOptions.Json();
        var command = new Command("train", "Train a model on a labelled CSV; the trainer and n-grams are chosen by cross-validation")
            { data, text, label, output, trainer, ngrams, seed, cap, json };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var kind = ParseTrainer(parse.GetValue(trainer)!);
            var features = ParseNgrams(parse.GetValue(ngrams));
            var file = parse.GetValue(data)!;
            var set = ClassifierInput.Read(file, parse.GetValue(text)!, parse.GetValue(label)!);
            if (!ClassifierInput.Report(console, file, set, asJson)) return ExitCodes.Rejected;
            var request = new TrainingRequest(set.Rows)
            {
                Trainer = kind,
                Seed = parse.GetValue(seed),
                Features = features,
                SelectionCap = parse.GetValue(cap),
            };
            TrainingResult result;
            try { result = new ClassifierTrainer().Train(request, console.Progress(asJson)); }
            catch (ArgumentException ex) { throw new InputException($"{parse.GetValue(data)}: {ex.Message}"); }
            var path = parse.GetValue(output)!;
            result.Model.Save(path);
            if (asJson)
            {
                console.WriteJson(new
                {
                    model = Path.GetFullPath(path), trainer = result.TrainerName, features = result.Features.ToString(),
                    n = result.N, skipped = set.Problems.Count, problems = ClassifierInput.ProblemsJson(file, set), notes = set.Notes, file, seconds = result.Elapsed.TotalSeconds, dataHash = result.DataHash,
                    cv = MetricsJson(result.Metrics), candidates = result.Candidates,
                });
            }
            else
            {
                console.Out.WriteLine($"Trained {result.TrainerName} ({result.Features}) on {result.N} texts in {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s → {path}");
                console.Out.WriteLine($"Cross-validated: {result.Metrics.Summary()}");
                console.Out.WriteLine(result.Metrics.Detail());
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Evaluate(CliConsole console)
    {
        var model = ModelOption();
        var data = DataOption();
        var text = TextColumn();
        var label = LabelColumn();
        var json = GlobalOptions.Json();
        var command = new Command("evaluate", "Score a labelled CSV with a model and report accuracy, macro-F1, weighted-F1 and per-class figures")
            { model, data, text, label, json };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var classifier = LoadModel(parse.GetValue(model)!);
            var file = parse.GetValue(data)!;
            var labelColumn = parse.GetValue(label)!;
            // A label the model never saw can only be wrong; it is reported and left out, never counted silently.
            var set = ClassifierInput.Read(file, parse.GetValue(text)!, labelColumn).KeepLabels(classifier.Labels, labelColumn);
            if (!ClassifierInput.Report(console, file, set, asJson)) return ExitCodes.Rejected;
            var metrics = classifier.Evaluate(set.Rows);
            if (asJson) console.WriteJson(MetricsJson(metrics, set, file));
            else
            {
                console.Out.WriteLine(metrics.Summary());
                console.Out.WriteLine(metrics.Detail());
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Predict(CliConsole console)
    {
        var model = ModelOption();
        var text = new Option<string>("--text") { Description = "Text to classify", Required = true };
        var json = GlobalOptions.Json();
        var command = new Command("predict", "Classify one text: label and confidence") { model, text, json };
        command.SetAction(parse =>
        {
            var classifier = LoadModel(parse.GetValue(model)!);
            var p = classifier.PredictBatch([parse.GetValue(text)!])[0];
            if (parse.GetValue(json)) console.WriteJson(new { label = p.Label, confidence = p.Confidence });
            else console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Label}\t{p.Confidence:0.0000}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The JSON shape of <c>evaluate --json</c>: accuracy, macroF1, weightedF1, n, perClass, labels, confusion, and — when
    /// the figures come from a file — skipped and problems (the rows left out, by line), file and notes (the encoding
    /// and delimiter detected).
    /// </summary>
    internal static object MetricsJson(ClassificationMetrics m, LabelledCsvData? set = null, string? file = null) => new
    {
        accuracy = m.Accuracy, macroF1 = m.MacroF1, weightedF1 = m.WeightedF1, n = m.N,
        perClass = m.PerClass.Select(c => new { label = c.Label, precision = c.Precision, recall = c.Recall, f1 = c.F1, support = c.Support }),
        labels = m.Labels, confusion = m.Confusion,
        skipped = set?.Problems.Count, problems = set is null ? null : ClassifierInput.ProblemsJson(file ?? "", set),
        file, notes = set?.Notes,
    };

    internal static TrainerKind ParseTrainer(string name)
    {
        try { return TrainerKinds.Parse(name); }
        catch (ArgumentException ex) { throw new UsageException(ex.Message); }
    }

    internal static Option<string> TrainerOption() => new("--trainer")
    {
        Description = "auto | sdca-svm | sdca | lbfgs | ova-svm | ova-perceptron | lightgbm", DefaultValueFactory = _ => "auto",
    };

    internal static Option<string> NgramsOption() => new("--ngrams")
    {
        Description = "auto (cross-validated), W,C (word 1..W and char 1..C n-grams, e.g. 2,5) or W,C,pairs (plus word co-occurrence pairs)", DefaultValueFactory = _ => "auto",
    };

    internal static FeatureSettings? ParseNgrams(string? text)
    {
        try { return FeatureSettings.Parse(text); }
        catch (ArgumentException ex) { throw new UsageException(ex.Message); }
    }

    private static Option<string> DataOption() => new("--data")
    {
        Description = "CSV with a header row (UTF-8 or Windows-1251; , ; or tab, detected as for imports), or XLSX/Arrow/Parquet", Required = true,
    };

    private static Option<string> TextColumn() => new("--text-column") { Description = "Column holding the text", DefaultValueFactory = _ => "text" };

    private static Option<string> LabelColumn() => new("--label-column") { Description = "Column holding the label", DefaultValueFactory = _ => "label" };

    private static Option<string> ModelOption() => new("--model") { Description = "Model zip written by 'classifier train'", Required = true };

    private static ClassifierModel LoadModel(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: model file not found.");
        try { return ClassifierModel.Load(path); }
        catch (InvalidDataException ex) { throw new InputException(ex.Message); }
    }
}
