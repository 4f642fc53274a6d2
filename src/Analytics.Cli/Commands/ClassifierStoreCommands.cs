using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Classification;
using Analytics.Engine.Store;

namespace Analytics.Cli.Commands;

/// <summary>
/// Store-backed classifier subcommands: <c>retrain</c> (seed set + register labels + corrections → new active
/// version), <c>seed</c> (train any task without an active model), <c>classify</c> (batch-score pending appeals),
/// <c>models</c>, <c>activate</c>, <c>correct</c>, <c>review</c>.
/// </summary>
public static class ClassifierStoreCommands
{
    private static readonly Option<string> ModelPath = new("--model-path")
    {
        Description = "Folder of model zips (Classification:ModelPath)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ANALYTICS_MODEL_PATH") ?? new ClassificationOptions().ModelPath,
        Recursive = true,
    };

    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return Retrain(console);
        yield return Seed(console);
        yield return Classify(console);
        yield return Models(console);
        yield return Activate(console);
        yield return Correct(console);
        yield return Review(console);
    }

    private static Command Review(CliConsole console)
    {
        var task = TaskOption(required: true);
        var limit = new Option<int>("--limit") { Description = "At most this many appeals", DefaultValueFactory = _ => 50 };
        var json = GlobalOptions.Json();
        var command = new Command("review", "List appeals whose classification needs review, lowest confidence first") { task, limit, json };
        command.SetAction(parse =>
        {
            using var store = OpenStore(parse);
            var rows = new Engine.Classification.Registry.ClassificationStore(store).NeedsReview(Task(parse.GetValue(task)!), parse.GetValue(limit));
            if (parse.GetValue(json))
                console.WriteJson(new { appeals = rows.Select(r => new { registerNo = r.RegisterNo, label = r.Label, confidence = r.Confidence }) });
            else
                foreach (var r in rows) console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.RegisterNo}\t{r.Label}\t{r.Confidence:0.000}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Retrain(CliConsole console)
    {
        var task = TaskOption(required: false);
        var trainer = ClassifierCommand.TrainerOption();
        var ngrams = ClassifierCommand.NgramsOption();
        var seedData = new Option<string?>("--seed-data") { Description = "CSV (text,topic,kind,poor_quality) replacing the built-in seed set" };
        var noActivate = new Option<bool>("--no-activate") { Description = "Register the new version without activating it" };
        var json = GlobalOptions.Json();
        var command = new Command("retrain", "Train new model versions from the seed set, register labels and corrections") { ModelPath, task, trainer, ngrams, seedData, noActivate, json };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var kind = ClassifierCommand.ParseTrainer(parse.GetValue(trainer)!);
            ClassifierCommand.ParseNgrams(parse.GetValue(ngrams));
            if (parse.GetValue(seedData) is { } file && !File.Exists(file)) throw new InputException($"{file}: seed file not found.");
            var service = Service(parse, out var store, o =>
            {
                o.Ngrams = parse.GetValue(ngrams)!;
                o.SeedDataPath = parse.GetValue(seedData);
            });
            using (store)
            {
                var tasks = parse.GetValue(task) is { } t ? [Task(t)] : ClassificationTask.All;
                var trained = tasks.Select(t => service.Train(t, kind, !parse.GetValue(noActivate), console.Progress(asJson))).ToList();
                if (asJson) console.WriteJson(new { models = trained });
                else foreach (var m in trained) console.Out.WriteLine(Describe(m));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Seed(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var command = new Command("seed", "Train and activate a model for each task that has none (from the built-in seed set)") { ModelPath, json };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            using var store = OpenStore(parse);
            var options = new ClassificationOptions { ModelPath = parse.GetValue(ModelPath)! };
            var trained = SeedModels.EnsureTrained(store, options, progress: console.Progress(asJson));
            if (asJson) console.WriteJson(new { models = trained });
            else if (trained.Count == 0) console.Message("Every task already has an active model.");
            else foreach (var m in trained) console.Out.WriteLine(Describe(m));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Classify(CliConsole console)
    {
        var all = new Option<bool>("--all") { Description = "Re-score every appeal, not only those without a result" };
        var threshold = new Option<double?>("--threshold") { Description = "Confidence below which a result needs review (default 0.6)" };
        var json = GlobalOptions.Json();
        var command = new Command("classify", "Batch-score the register's appeals with each task's active model") { ModelPath, all, threshold, json };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var options = new ClassificationOptions { ModelPath = parse.GetValue(ModelPath)! };
            if (parse.GetValue(threshold) is { } th)
                options.ReviewThreshold = th is >= 0 and <= 1 ? th : throw new UsageException("--threshold must be between 0 and 1.");
            using var store = OpenStore(parse);
            var outcomes = new ClassificationService(store, options).ClassifyPending(parse.GetValue(all), console.Progress(asJson));
            if (asJson) console.WriteJson(new { tasks = outcomes });
            else foreach (var o in outcomes) console.Out.WriteLine($"{o.Task,-13} v{o.ModelVersion}  scored {o.Scored}  needs review {o.NeedsReview}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Models(CliConsole console)
    {
        var task = TaskOption(required: false);
        var json = GlobalOptions.Json();
        var command = new Command("models", "List registered model versions with their metrics") { ModelPath, task, json };
        command.SetAction(parse =>
        {
            var service = Service(parse, out var store);
            using (store)
            {
                var models = service.ListModels(parse.GetValue(task) is { } t ? Task(t) : null);
                if (parse.GetValue(json)) console.WriteJson(new { models });
                else foreach (var m in models) console.Out.WriteLine(Describe(m));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Activate(CliConsole console)
    {
        var task = TaskOption(required: true);
        var version = new Option<int>("--version") { Description = "Model version to activate", Required = true };
        var command = new Command("activate", "Make a model version the active one of its task") { ModelPath, task, version };
        command.SetAction(parse =>
        {
            var service = Service(parse, out var store);
            using (store)
            {
                try { service.Activate(Task(parse.GetValue(task)!), parse.GetValue(version)); }
                catch (KeyNotFoundException ex) { throw new InputException(ex.Message); }
            }
            console.Message($"Activated {parse.GetValue(task)} v{parse.GetValue(version)}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Correct(CliConsole console)
    {
        var register = new Option<string>("--appeal") { Description = "Register number of the appeal", Required = true };
        var task = TaskOption(required: true);
        var label = new Option<string>("--label") { Description = "The correct label", Required = true };
        var by = new Option<string>("--by") { Description = "Who corrected it", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("correct", "Store a person's label for an appeal (used by the next retrain)") { ModelPath, register, task, label, by };
        command.SetAction(parse =>
        {
            var service = Service(parse, out var store);
            using (store)
            {
                try { service.CorrectLabel(parse.GetValue(register)!, Task(parse.GetValue(task)!), parse.GetValue(label)!, parse.GetValue(by)!); }
                catch (Exception ex) when (ex is KeyNotFoundException or ArgumentException) { throw new InputException(ex.Message); }
            }
            console.Message("Label stored.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> TaskOption(bool required) =>
        new("--task") { Description = "topic | kind | poor_quality", Required = required };

    private static string Task(string name)
    {
        try { return ClassificationTask.Require(name); }
        catch (ArgumentException ex) { throw new UsageException(ex.Message); }
    }

    private static AnalyticsStore OpenStore(ParseResult parse)
    {
        var store = GlobalOptions.Store(parse);
        new StoreMigrator(store).Migrate();
        return store;
    }

    private static ClassificationService Service(ParseResult parse, out AnalyticsStore store, Action<ClassificationOptions>? configure = null)
    {
        store = OpenStore(parse);
        var options = new ClassificationOptions { ModelPath = parse.GetValue(ModelPath)! };
        configure?.Invoke(options);
        return new ClassificationService(store, options);
    }

    private static string Describe(Engine.Classification.Registry.ModelInfo m) => string.Create(CultureInfo.InvariantCulture,
        $"{m.Task,-13} v{m.Version,-3} {(m.Active ? "active" : "      ")} {m.Trainer,-15} {m.Features,-16} n={m.NTexts,-6} {m.TrainedAt:yyyy-MM-dd HH:mm} {m.Path}");
}
