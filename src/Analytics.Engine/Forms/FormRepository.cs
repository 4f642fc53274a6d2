using System.Text.Json.Nodes;
using Analytics.Engine.Audit;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Forms;

/// <summary>
/// Definitions and their versions in the store (<c>form_definition</c>, <c>form_version</c>,
/// <c>form_item_criterion</c>). Versions are only ever inserted, never updated: answers reference them.
/// </summary>
public sealed class FormRepository(AnalyticsStore store)
{
    private static long _generation;

    /// <summary>
    /// Bumped after every change to a form, its versions or its offices in this process, so caches of form lookups
    /// (the submission path keeps one) know when to re-read; the host is the store's only writer while it runs.
    /// </summary>
    internal static long Generation => Interlocked.Read(ref _generation);

    private static void Changed() => Interlocked.Increment(ref _generation);

    private const string SummarySql = """
        SELECT d.id, d.code, d.kind, d.title_ru, d.title_en, d.status, d.template, d.updated_at,
               (SELECT max(v.version) FROM form_version v WHERE v.definition_id = d.id) AS latest
        FROM form_definition d
        """;

    public IReadOnlyList<FormSummary> List(bool includeArchived = false)
    {
        using var c = store.Open();
        return [.. c.Query<SummaryRow>(SummarySql + (includeArchived ? "" : " WHERE d.status <> 'archived'") + " ORDER BY d.code")
            .Select(r => r.ToSummary())];
    }

    public FormSummary? Find(string idOrCode)
    {
        using var c = store.Open();
        return c.QuerySingleOrDefault<SummaryRow>(SummarySql + " WHERE d.id = $k OR d.code = $k", new { k = idOrCode })?.ToSummary();
    }

    public FormDefinition? Draft(string id)
    {
        using var c = store.Open();
        var json = c.QuerySingleOrDefault<string>("SELECT draft_json FROM form_definition WHERE id = $id", new { id });
        return json is null ? null : FormJson.Deserialize(json, $"form {id} draft");
    }

    public void Insert(string id, FormDefinition form, string? user)
    {
        using var c = store.Open();
        if (c.ExecuteScalar<long>("SELECT count(*) FROM form_definition WHERE code = $code", new { code = form.Code }) > 0)
            throw new FormException($"Форма с кодом «{form.Code}» уже существует.");
        using var tx = c.BeginTransaction();
        c.Execute("""
            INSERT INTO form_definition (id, kind, code, title_ru, title_en, status, template, draft_json, created_by)
            VALUES ($id, $kind, $code, $ru, $en, 'draft', $template, $json, $user)
            """, new { id, kind = Kind(form.Kind), code = form.Code, ru = form.Title.Ru, en = form.Title.En, template = form.Template, json = FormJson.Serialize(form), user }, tx);
        AuditTrail.Append(c, tx, user, "create", AuditKinds.Form, id, null, State(form));
        tx.Commit();
        Changed();
    }

    public void UpdateDraft(string id, FormDefinition form, string? actor = null)
    {
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var before = c.QuerySingleOrDefault<string>("SELECT draft_json FROM form_definition WHERE id = $id", new { id }, tx);
        var rows = c.Execute("""
            UPDATE form_definition SET title_ru = $ru, title_en = $en, kind = $kind, draft_json = $json, updated_at = current_timestamp
            WHERE id = $id
            """, new { id, ru = form.Title.Ru, en = form.Title.En, kind = Kind(form.Kind), json = FormJson.Serialize(form) }, tx);
        if (rows == 0) throw new FormException($"Форма «{id}» не найдена.");
        AuditTrail.Append(c, tx, actor, "save_draft", AuditKinds.Form, id, before is null ? null : JsonNode.Parse(before), State(form));
        tx.Commit();
        Changed();
    }

    /// <summary>Freezes the form as the next version, with its criterion mapping, in one transaction.</summary>
    public int InsertVersion(string id, FormDefinition form, string? user)
    {
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var version = c.ExecuteScalar<int>("SELECT coalesce(max(version), 0) + 1 FROM form_version WHERE definition_id = $id", new { id }, tx);
        c.Execute("INSERT INTO form_version (definition_id, version, json, published_by) VALUES ($id, $version, $json, $user)",
            new { id, version, json = FormJson.Serialize(form), user }, tx);
        foreach (var item in form.AllItems().Where(i => !string.IsNullOrWhiteSpace(i.CriterionId)))
            c.Execute("INSERT INTO form_item_criterion VALUES ($id, $version, $code, $criterion, $weight)",
                new { id, version, code = item.Code, criterion = item.CriterionId, weight = item.Weight ?? 1 }, tx);
        c.Execute("UPDATE form_definition SET status = 'published', updated_at = current_timestamp WHERE id = $id", new { id }, tx);
        // The version's content is immutable and kept in form_version; the trail records which content by its hash.
        AuditTrail.Append(c, tx, user, "publish", AuditKinds.Form, $"{id} v{version}", version > 1 ? new { version = version - 1 } : null,
            new { code = form.Code, version, sha256 = Sha(FormJson.Serialize(form)) });
        tx.Commit();
        Changed();
        return version;
    }

    public PublishedForm? Version(string id, int? version = null)
    {
        using var c = store.Open();
        return Version(c, id, version);
    }

    internal static PublishedForm? Version(DuckDBConnection c, string id, int? version)
    {
        var row = c.QuerySingleOrDefault<VersionRow>("""
            SELECT definition_id, version, json, published_at FROM form_version
            WHERE definition_id = $id AND ($version IS NULL OR version = $version)
            ORDER BY version DESC LIMIT 1
            """, new { id, version });
        return row is null ? null
            : new PublishedForm(row.definition_id, row.version, FormJson.Deserialize(row.json, $"form {id} v{row.version}"), row.published_at);
    }

    public void SetStatus(string id, FormStatus status, string? actor = null)
    {
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var before = c.QuerySingleOrDefault<string>("SELECT status FROM form_definition WHERE id = $id", new { id }, tx);
        var rows = c.Execute("UPDATE form_definition SET status = $s, updated_at = current_timestamp WHERE id = $id",
            new { id, s = status.ToString().ToLowerInvariant() }, tx);
        if (rows == 0) throw new FormException($"Форма «{id}» не найдена.");
        AuditTrail.Append(c, tx, actor, "status", AuditKinds.Form, id, new { status = before }, new { status = status.ToString().ToLowerInvariant() });
        tx.Commit();
        Changed();
    }

    /// <summary>Limits a form to these offices (none = every office).</summary>
    public void SetOffices(string id, IEnumerable<string> officeCodes, string? actor = null)
    {
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var before = c.Query<string>("SELECT office_code FROM form_publication WHERE definition_id = $id ORDER BY 1", new { id }, tx).ToList();
        c.Execute("DELETE FROM form_publication WHERE definition_id = $id", new { id }, tx);
        foreach (var office in officeCodes.Distinct())
            c.Execute("INSERT INTO form_publication (definition_id, office_code) VALUES ($id, $office)", new { id, office }, tx);
        AuditTrail.Append(c, tx, actor, "offices", AuditKinds.Form, id, new { offices = before },
            new { offices = officeCodes.Distinct().Order(StringComparer.Ordinal).ToList() });
        tx.Commit();
        Changed();
    }

    public IReadOnlyList<string> Offices(string id)
    {
        using var c = store.Open();
        return [.. c.Query<string>("SELECT office_code FROM form_publication WHERE definition_id = $id ORDER BY 1", new { id })];
    }

    private static JsonNode? State(FormDefinition form) => JsonNode.Parse(FormJson.Serialize(form));

    private static string Sha(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static string Kind(FormKind kind) => kind == FormKind.Checklist ? "checklist" : "questionnaire";

    private sealed record SummaryRow(string id, string code, string kind, string title_ru, string? title_en, string status,
        string? template, DateTime updated_at, int? latest)
    {
        public FormSummary ToSummary() => new(id, code, kind == "checklist" ? FormKind.Checklist : FormKind.Questionnaire,
            title_ru, title_en, Enum.Parse<FormStatus>(status, ignoreCase: true), template, latest, updated_at);
    }

    private sealed record VersionRow(string definition_id, int version, string json, DateTime published_at);
}
