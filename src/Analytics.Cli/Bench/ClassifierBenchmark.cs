using System.Diagnostics;
using Analytics.Engine.Classification;

namespace Analytics.Cli.Bench;

/// <summary>
/// <c>bench classifier</c>: trains on Banking77 (<c>&lt;repo&gt;/../shared/data/banking77/train.csv</c>, trainer and
/// n-grams chosen by cross-validation exactly as <c>classifier train --trainer auto</c>) and scores test.csv.
/// Every baseline is measured in the same run on the same data: a plain TF-IDF + linear SVM fitted by the product's own
/// code (word 1-2 + char 1-4 n-grams, SDCA hinge loss at the default C, no selection, no pairs, no class weights) for
/// accuracy, macro-F1, training time, CPU time and loaded-model memory; one PredictionEngine call per text for
/// batch throughput. Accuracy is compared with accuracy and macro-F1 with macro-F1.
/// </summary>
public sealed class ClassifierBenchmark : IBenchmark
{
    private const string Plain = "plain TF-IDF + linear SVM, same run";

    public string Name => "classifier";

    public string Description => "Banking77 text classification: accuracy, macro-F1, training time, model memory, batch inference";

    public IReadOnlyList<BenchResult> Run(BenchContext context)
    {
        var folder = SharedData.Find("data/banking77")
            ?? throw new InvalidOperationException("Banking77 not found: expected <repo>/../shared/data/banking77/{train,test}.csv.");
        var trainSet = LabelledCsv.Read(Path.Combine(folder, "train.csv"), "text", "category");
        var testSet = LabelledCsv.Read(Path.Combine(folder, "test.csv"), "text", "category");
        var (train, test) = (trainSet.Rows, testSet.Rows);
        // Rows left out are said, never dropped silently (as classifier train/evaluate say them).
        context.Progress.Report($"banking77: {train.Count} train, {test.Count} test texts"
            + (trainSet.Problems.Count + testSet.Problems.Count > 0 ? $" ({trainSet.Problems.Count} + {testSet.Problems.Count} rows left out)" : ""));
        foreach (var p in trainSet.Problems.Select(p => p.Message("train.csv")).Concat(testSet.Problems.Select(p => p.Message("test.csv"))).Take(10))
            context.Progress.Report($"  {p}");

        // CPU seconds beside wall-clock: on shared cores the wall clock mostly measures the neighbours.
        var request = new TrainingRequest(train);
        var plain = Measure(() => ClassifierTrainer.Fit(train, new FeatureSettings(2, 4), new TrainerCandidate(TrainerKind.SdcaSvm, TrainerCandidate.DefaultSvmC),
            request.Seed, balance: false));
        context.Progress.Report($"baseline: plain TF-IDF + SVM in {plain.Wall:0.0} s ({plain.Cpu:0.0} CPU-s)");
        var auto = Measure(() => new ClassifierTrainer().Train(request, context.Progress));
        context.Progress.Report($"chosen {auto.Value.TrainerName} {auto.Value.Features} in {auto.Wall:0.0} s ({auto.Cpu:0.0} CPU-s)");

        var metrics = auto.Value.Model.Evaluate(test);
        var baseMetrics = plain.Value.Evaluate(test);
        var memory = LoadedMegabytes(context, "auto", auto.Value.Model, test);
        var baseMemory = LoadedMegabytes(context, "plain", plain.Value, test);
        var (batchRate, batchCpuRate, singleRate, singleCpuRate, scored) = Throughput(context, auto.Value.Model, test);

        return
        [
            new("classifier.banking77.accuracy", metrics.Accuracy, "ratio", $"{Plain}: accuracy", baseMetrics.Accuracy,
                metrics.Accuracy / baseMetrics.Accuracy, ">= 0.92 (chosen without the test set)", metrics.N),
            new("classifier.banking77.macro_f1", metrics.MacroF1, "ratio", $"{Plain}: macro-F1", baseMetrics.MacroF1,
                metrics.MacroF1 / baseMetrics.MacroF1, "report", metrics.N),
            new("classifier.banking77.train_seconds", auto.Wall, "s", $"{Plain}: wall", plain.Wall, auto.Wall / plain.Wall,
                "<= 60 s on 2 cores", train.Count),
            new("classifier.banking77.train_cpu_seconds", auto.Cpu, "CPU-s", $"{Plain}: CPU", plain.Cpu, auto.Cpu / plain.Cpu, "report", train.Count),
            new("classifier.banking77.model_load_mb", memory, "MB", $"{Plain}: loaded model", baseMemory, memory / baseMemory,
                "<= 300 MB (for 50k texts)", train.Count),
            new("classifier.banking77.batch_texts_per_s", batchRate, "texts/s", "PredictionEngine per text (same run)", singleRate,
                batchRate / singleRate, ">= 10000 texts/s", scored),
            new("classifier.banking77.batch_texts_per_cpu_s", batchCpuRate, "texts/CPU-s", "PredictionEngine per text (same run), per CPU-s",
                singleCpuRate, batchCpuRate / singleCpuRate, "report (load-independent)", scored),
        ];
    }

    private static (T Value, double Wall, double Cpu) Measure<T>(Func<T> work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var value = work();
        var wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        return (value, wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>Managed memory a model holds once loaded from its zip and warmed by one batch (after a full collection).</summary>
    private static double LoadedMegabytes(BenchContext context, string name, ClassifierModel model, IReadOnlyList<LabelledText> test)
    {
        var path = Path.Combine(context.WorkDirectory, $"classifier-{name}.zip");
        model.Save(path);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var loaded = ClassifierModel.Load(path);
        loaded.PredictBatch(test.Take(100).Select(t => t.Text));
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(loaded);
        var megabytes = (after - before) / (1024.0 * 1024.0);
        context.Progress.Report($"{name} model: zip {new FileInfo(path).Length / (1024.0 * 1024.0):0.0} MB, loaded {megabytes:0.0} MB managed");
        return megabytes;
    }

    /// <summary>
    /// The test texts repeated to at least 30,000, scored in one Transform; the baseline is the same texts through one
    /// PredictionEngine, one call per text (what a naive service would do), wall and CPU alike.
    /// </summary>
    private static (double Batch, double BatchCpu, double Single, double SingleCpu, int Scored) Throughput(
        BenchContext context, ClassifierModel model, IReadOnlyList<LabelledText> test)
    {
        var repeats = Math.Max(1, (context.Scale ?? 30_000) / test.Count);
        var texts = Enumerable.Repeat(test.Select(t => t.Text), repeats).SelectMany(t => t).ToList();
        model.PredictBatch(texts.Take(500)); // warm-up
        var batch = Measure(() => model.PredictBatch(texts).Count);
        var predictor = new PooledPredictor(model.CreatePool());
        var single = texts.Take(Math.Min(texts.Count, 5000)).ToList();
        predictor.Predict(single[0]); // warm-up
        var one = Measure(() => { foreach (var t in single) predictor.Predict(t); return single.Count; });
        return (batch.Value / batch.Wall, batch.Value / Math.Max(1e-9, batch.Cpu), one.Value / one.Wall, one.Value / Math.Max(1e-9, one.Cpu), batch.Value);
    }
}
