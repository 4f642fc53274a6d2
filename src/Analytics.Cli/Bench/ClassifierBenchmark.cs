using System.Diagnostics;
using Analytics.Engine.Classification;

namespace Analytics.Cli.Bench;

/// <summary>
/// <c>bench classifier</c>: trains on Banking77 (<c>&lt;repo&gt;/../shared/data/banking77/train.csv</c>, trainer and
/// n-grams chosen by cross-validation exactly as <c>classifier train --trainer auto</c>) and scores test.csv.
/// Reports accuracy and macro-F1 beside published peers (TF-IDF linear ≈ 0.91, fine-tuned BERT 0.937),
/// training time, and batch inference throughput beside a same-run baseline (one PredictionEngine call per text).
/// </summary>
public sealed class ClassifierBenchmark : IBenchmark
{
    private const double PublishedTfIdf = 0.91;
    private const double PublishedBert = 0.937;

    public string Name => "classifier";

    public string Description => "Banking77 text classification: accuracy, macro-F1, training time, batch inference";

    public IReadOnlyList<BenchResult> Run(BenchContext context)
    {
        var folder = SharedData.Find("data/banking77")
            ?? throw new InvalidOperationException("Banking77 not found: expected <repo>/../shared/data/banking77/{train,test}.csv.");
        var train = LabelledCsv.Read(Path.Combine(folder, "train.csv"), "text", "category").Rows;
        var test = LabelledCsv.Read(Path.Combine(folder, "test.csv"), "text", "category").Rows;
        context.Progress.Report($"banking77: {train.Count} train, {test.Count} test texts");

        // CPU seconds beside wall-clock: on shared cores the wall clock mostly measures the neighbours.
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = new ClassifierTrainer().Train(new TrainingRequest(train), context.Progress);
        var trainSeconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var trainCpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        context.Progress.Report($"chosen {result.TrainerName} {result.Features} in {trainSeconds:0.0} s ({trainCpuSeconds:0.0} CPU-s)");

        var metrics = result.Model.Evaluate(test);

        // Throughput: the test texts repeated to at least 30,000, scored in one Transform; the baseline is the
        // same texts through one PredictionEngine, one call per text (what a naive service would do).
        var repeats = Math.Max(1, (context.Scale ?? 30_000) / test.Count);
        var texts = Enumerable.Repeat(test.Select(t => t.Text), repeats).SelectMany(t => t).ToList();
        result.Model.PredictBatch(texts.Take(500)); // warm-up
        process.Refresh();
        var cpuBatch = process.TotalProcessorTime;
        watch.Restart();
        var scored = result.Model.PredictBatch(texts).Count;
        var batchRate = scored / watch.Elapsed.TotalSeconds;
        process.Refresh();
        // The scoring cursor runs on one thread, so texts per CPU-second is close to the rate of one idle core.
        var batchCpuRate = scored / Math.Max(1e-9, (process.TotalProcessorTime - cpuBatch).TotalSeconds);

        var predictor = new PooledPredictor(result.Model);
        var single = texts.Take(Math.Min(texts.Count, 5000)).ToList();
        watch.Restart();
        foreach (var t in single) predictor.Predict(t);
        var singleRate = single.Count / watch.Elapsed.TotalSeconds;

        return
        [
            new("classifier.banking77.accuracy", metrics.Accuracy, "ratio", "published BERT fine-tuned", PublishedBert,
                metrics.Accuracy / PublishedBert, $">= 0.92 (TF-IDF linear ≈ {PublishedTfIdf})", metrics.N),
            new("classifier.banking77.macro_f1", metrics.MacroF1, "ratio", "published TF-IDF linear accuracy", PublishedTfIdf,
                metrics.MacroF1 / PublishedTfIdf, "report", metrics.N),
            new("classifier.banking77.train_seconds", trainSeconds, "s", "3-minute budget", 180, trainSeconds / 180, "<= 180 s on 2 cores", train.Count),
            new("classifier.banking77.train_cpu_seconds", trainCpuSeconds, "s", "3-minute budget × 2 cores", 360, trainCpuSeconds / 360,
                "<= 360 CPU-s", train.Count),
            new("classifier.banking77.batch_texts_per_s", batchRate, "texts/s", "PredictionEngine per text (same run)", singleRate,
                batchRate / singleRate, ">= 10000 texts/s", scored),
            new("classifier.banking77.batch_texts_per_cpu_s", batchCpuRate, "texts/CPU-s", "10,000 texts/s target", 10_000,
                batchCpuRate / 10_000, ">= 10000 (load-independent)", scored),
        ];
    }
}
