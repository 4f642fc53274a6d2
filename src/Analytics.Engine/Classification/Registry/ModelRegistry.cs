using System.Text.Json;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Classification.Registry;

/// <summary>
/// The model registry in the store (<c>classifier_model</c>): versions per task, numbered from 1, with their
/// metrics, data hash and zip path; exactly one version per task is active once any is activated.
/// </summary>
public sealed class ModelRegistry(AnalyticsStore store, string modelDirectory)
{
    private const string Columns =
        "task, version, trainer, features, metrics_json AS MetricsJson, trained_at AS TrainedAt, data_hash AS DataHash, n_texts AS NTexts, path, active";

    /// <summary>Saves the trained model as <c>{task}-v{version}.zip</c> under the model folder and records it.</summary>
    public ModelInfo Register(string task, TrainingResult result, bool activate, string? actor = null)
    {
        task = ClassificationTask.Require(task);
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        var version = connection.ExecuteScalar<int>(
            "SELECT coalesce(max(version), 0) + 1 FROM classifier_model WHERE task = $task", new { task }, tx);
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(modelDirectory, $"{task}-v{version}.zip"));
        result.Model.Save(path);
        var metrics = JsonSerializer.Serialize(result.Metrics, JsonOptions);
        connection.Execute("""
            INSERT INTO classifier_model (task, version, trainer, features, metrics_json, trained_at, data_hash, n_texts, path, active)
            VALUES ($task, $version, $trainer, $features, $metrics, $trainedAt, $hash, $n, $path, false)
            """,
            new
            {
                task, version, trainer = result.TrainerName, features = result.Features.ToString(), metrics,
                trainedAt = DateTime.UtcNow, hash = result.DataHash, n = result.N, path,
            }, tx);
        if (activate) SetActive(connection, tx, task, version, actor);
        tx.Commit();
        return Get(task, version)!;
    }

    /// <summary>Makes <paramref name="version"/> the active model of the task.</summary>
    /// <exception cref="KeyNotFoundException">No such version.</exception>
    public void Activate(string task, int version, string? actor = null)
    {
        task = ClassificationTask.Require(task);
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        var exists = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM classifier_model WHERE task = $task AND version = $version", new { task, version }, tx) > 0;
        if (!exists) throw new KeyNotFoundException($"No {task} model version {version}.");
        SetActive(connection, tx, task, version, actor);
        tx.Commit();
    }

    /// <summary>Registered models, newest first; all tasks when <paramref name="task"/> is null.</summary>
    public IReadOnlyList<ModelInfo> List(string? task = null)
    {
        using var connection = store.Open();
        return [.. connection.Query<ModelInfo>(
            $"SELECT {Columns} FROM classifier_model WHERE $task IS NULL OR task = $task ORDER BY task, version DESC",
            new { task = task is null ? null : ClassificationTask.Require(task) })];
    }

    public ModelInfo? Get(string task, int version)
    {
        using var connection = store.Open();
        return connection.QuerySingleOrDefault<ModelInfo>(
            $"SELECT {Columns} FROM classifier_model WHERE task = $task AND version = $version", new { task, version });
    }

    /// <summary>The active model of a task, or null when none is active.</summary>
    public ModelInfo? Active(string task)
    {
        using var connection = store.Open();
        return connection.QuerySingleOrDefault<ModelInfo>(
            $"SELECT {Columns} FROM classifier_model WHERE task = $task AND active", new { task = ClassificationTask.Require(task) });
    }

    /// <summary>Switches the active version and records the switch in the audit trail (#21.5), in the same transaction.</summary>
    private static void SetActive(System.Data.IDbConnection connection, System.Data.IDbTransaction tx, string task, int version, string? actor)
    {
        var before = connection.ExecuteScalar<int?>("SELECT version FROM classifier_model WHERE task = $task AND active", new { task }, tx);
        connection.Execute("UPDATE classifier_model SET active = (version = $version) WHERE task = $task", new { task, version }, tx);
        if (before != version)
            Audit.AuditTrail.Append(connection, tx, actor, "activate_model", Audit.AuditKinds.Model, task,
                before is null ? null : new { version = before }, new { version });
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
