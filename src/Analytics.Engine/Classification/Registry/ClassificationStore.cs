using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Classification.Registry;

/// <summary>
/// Appeal-side data access of classification: labelled register texts (corrections override imported
/// labels), streaming of appeals to score, bulk write of results, and label corrections.
/// </summary>
public sealed class ClassificationStore(AnalyticsStore store)
{
    /// <summary>Labelled texts from the register for a task: the newest correction, else the imported label.</summary>
    public IReadOnlyList<LabelledText> RegisterLabels(string task)
    {
        task = ClassificationTask.Require(task);
        var imported = task switch
        {
            ClassificationTask.Topic => "a.topic",
            ClassificationTask.Kind => "a.kind",
            _ => "CASE WHEN a.poor_quality THEN 'true' WHEN NOT a.poor_quality THEN 'false' END",
        };
        using var connection = store.Open();
        var rows = connection.Query<(string Text, string Label)>($"""
            WITH corrected AS (
                SELECT register_no, arg_max(label, corrected_at) AS label
                FROM appeal_label WHERE task = $task GROUP BY register_no)
            SELECT a.text AS Text, coalesce(c.label, {imported}) AS Label
            FROM appeal a LEFT JOIN corrected c USING (register_no)
            WHERE a.text IS NOT NULL AND trim(a.text) <> '' AND coalesce(c.label, {imported}) IS NOT NULL
            ORDER BY a.register_no
            """, new { task });
        var allowed = ClassificationTask.LabelsOf(task);
        return [.. rows.Select(r => new LabelledText(r.Text, r.Label.Trim().ToLowerInvariant())).Where(r => allowed.Contains(r.Label))];
    }

    /// <summary>Appeals with text to score, streamed: those without a result for the task, or all when <paramref name="all"/>.</summary>
    public IEnumerable<(string Id, string Text)> Pending(string task, bool all)
    {
        using var connection = store.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.register_no, a.text FROM appeal a
            WHERE a.text IS NOT NULL AND trim(a.text) <> ''
              AND ($all OR NOT EXISTS (SELECT 1 FROM appeal_classification c WHERE c.register_no = a.register_no AND c.task = $task))
            ORDER BY a.register_no
            """;
        command.Parameters.Add(new DuckDBParameter("task", task));
        command.Parameters.Add(new DuckDBParameter("all", all));
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return (reader.GetString(0), reader.GetString(1));
    }

    /// <summary>
    /// Writes scored appeals: appended to a temporary staging table (fast), then upserted in one transaction,
    /// so a failed run leaves earlier results untouched.
    /// </summary>
    public ClassifyOutcome Write(string task, int modelVersion, double threshold, IEnumerable<(string Id, Prediction Prediction)> scored)
    {
        using var connection = store.Open();
        connection.Execute("""
            CREATE OR REPLACE TEMP TABLE classification_staging (
                register_no VARCHAR, label VARCHAR, confidence DOUBLE, needs_review BOOLEAN)
            """);
        int count = 0, review = 0;
        using (var appender = connection.CreateAppender("classification_staging"))
        {
            foreach (var (id, p) in scored)
            {
                var flag = p.Confidence < threshold;
                appender.CreateRow().AppendValue(id).AppendValue(p.Label).AppendValue(Math.Clamp(p.Confidence, 0, 1)).AppendValue(flag).EndRow();
                count++;
                if (flag) review++;
            }
        }
        using var tx = connection.BeginTransaction();
        connection.Execute("""
            INSERT OR REPLACE INTO appeal_classification
            SELECT register_no, $task, label, confidence, $version, needs_review, $now FROM classification_staging
            """, new { task, version = modelVersion, now = DateTime.UtcNow }, tx);
        tx.Commit();
        connection.Execute("DROP TABLE classification_staging");
        return new ClassifyOutcome(task, modelVersion, count, review);
    }

    /// <summary>Stores a person's label for an appeal and marks the model's result as reviewed.</summary>
    /// <exception cref="KeyNotFoundException">The appeal is not in the register.</exception>
    public void Correct(string registerNo, string task, string label, string correctedBy)
    {
        task = ClassificationTask.Require(task);
        label = ClassificationTask.NormalizeLabel(task, label);
        if (!ClassificationTask.LabelsOf(task).Contains(label))
            throw new ArgumentException($"'{label}' is not a {task} label. Known: {string.Join(", ", ClassificationTask.LabelsOf(task))}.", nameof(label));
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM appeal WHERE register_no = $registerNo", new { registerNo }, tx) == 0)
            throw new KeyNotFoundException($"No appeal '{registerNo}' in the register.");
        var at = DateTime.UtcNow;
        connection.Execute("""
            INSERT INTO appeal_label (register_no, task, label, corrected_by, corrected_at)
            VALUES ($registerNo, $task, $label, $correctedBy, $at)
            """, new { registerNo, task, label, correctedBy, at }, tx);
        connection.Execute(
            "UPDATE appeal_classification SET needs_review = false WHERE register_no = $registerNo AND task = $task",
            new { registerNo, task }, tx);
        var before = connection.QuerySingleOrDefault<string>(
            "SELECT label FROM appeal_classification WHERE register_no = $registerNo AND task = $task", new { registerNo, task }, tx);
        Audit.AuditTrail.Append(connection, tx, correctedBy, "correct", Audit.AuditKinds.Classification, $"{registerNo}/{task}",
            new { label = before }, new { label });
        tx.Commit();
    }

    /// <summary>Results of one task flagged for review, lowest confidence first.</summary>
    public IReadOnlyList<(string RegisterNo, string Label, double Confidence)> NeedsReview(string task, int limit = 100)
    {
        using var connection = store.Open();
        return [.. connection.Query<(string, string, double)>("""
            SELECT register_no, label, confidence FROM appeal_classification
            WHERE task = $task AND needs_review ORDER BY confidence, register_no LIMIT $limit
            """, new { task = ClassificationTask.Require(task), limit })];
    }
}
