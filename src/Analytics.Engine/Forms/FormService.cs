using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Forms;

/// <summary>
/// The designer's and runner's operations on forms: create (blank or from a template), save a draft,
/// publish an immutable version after validation, copy, archive, office assignments and invitations.
/// </summary>
/// <remarks>
/// <paramref name="audits"/>: when <see cref="AuditReview.AuditsOptions.RequireReview"/> is false an audit counts once
/// stored, so storing it is when it verifies earlier actions of its office (<see cref="Actions.AuditItemActions.Arrived"/>);
/// with review on (or no options) approval does that instead.
/// </remarks>
public sealed class FormService(AnalyticsStore store, AuditReview.AuditsOptions? audits = null, TimeProvider? clock = null)
{
    private readonly FormRepository _forms = new(store);
    private readonly SubmissionStore _submissions = new(store);

    public FormRepository Forms => _forms;
    public SubmissionStore Submissions => _submissions;

    public IReadOnlyList<FormSummary> List(bool includeArchived = false) => _forms.List(includeArchived);

    /// <summary>Creates a draft; returns its id.</summary>
    public string Create(FormDefinition form, string? user = null)
    {
        if (string.IsNullOrWhiteSpace(form.Code)) throw new FormException("Укажите код формы.");
        var id = NewId();
        _forms.Insert(id, form, user);
        return id;
    }

    /// <summary>Creates a draft from a built-in template under a new code.</summary>
    public string CreateFromTemplate(string templateCode, string newCode, string? user = null)
    {
        var template = FormTemplates.Get(templateCode) ?? throw new FormException($"Шаблон «{templateCode}» не найден.");
        return Create(template with { Code = newCode, Template = templateCode }, user);
    }

    /// <summary>Saves the draft; the code is fixed once a version was published (public links use it).</summary>
    public void SaveDraft(string id, FormDefinition form, string? actor = null)
    {
        var current = _forms.Find(id) ?? throw new FormException($"Форма «{id}» не найдена.");
        if (current.Status == FormStatus.Archived) throw new FormException("Архивная форма не редактируется; сделайте копию.");
        if (form.Code != current.Code) throw new FormException($"Код формы «{current.Code}» менять нельзя; сделайте копию с новым кодом.");
        _forms.UpdateDraft(id, form, actor);
    }

    /// <summary>Validates the draft and, when no finding is an error, freezes it as the next version.</summary>
    public PublishResult Publish(string id, string? user = null)
    {
        var current = _forms.Find(id) ?? throw new FormException($"Форма «{id}» не найдена.");
        if (current.Status == FormStatus.Archived) throw new FormException("Архивную форму нельзя опубликовать.");
        var draft = _forms.Draft(id)!;
        // Criterion ids are checked against every methodology in the store, so a form cannot feed an unknown criterion.
        var issues = FormValidator.Validate(draft, new Methodology.MethodologyRepository(store).KnownCriteria());
        return FormValidator.CanPublish(issues) ? new PublishResult(_forms.InsertVersion(id, draft, user), issues) : new PublishResult(null, issues);
    }

    /// <summary>Copies the draft (or an archived form) to a new draft with a new code.</summary>
    public string Copy(string id, string newCode, string? user = null)
    {
        var draft = _forms.Draft(id) ?? throw new FormException($"Форма «{id}» не найдена.");
        return Create(draft with { Code = newCode, Title = draft.Title with { Ru = draft.Title.Ru + " (копия)" } }, user);
    }

    public void Archive(string id, string? actor = null) => _forms.SetStatus(id, FormStatus.Archived, actor);

    /// <summary>
    /// The definition as the tablet runner gets it: stopwatch norms resolved from the methodology (<see cref="TimedNorms"/>)
    /// and the texts that state a norm filled in with its number (<see cref="NormTexts"/>).
    /// </summary>
    public FormDefinition ForRunner(FormDefinition form)
    {
        var norms = new Methodology.MethodologyRepository(store).Get().Norms;
        return TimedNorms.Resolve(NormTexts.Fill(form, norms), norms);
    }

    public SubmissionReceipt Submit(SubmissionRequest request) => SubmitAsync(request).GetAwaiter().GetResult();

    /// <summary>Validates on the calling thread, then waits for the group-commit writer to store it (see <see cref="SubmissionWriter"/>).</summary>
    public async Task<SubmissionReceipt> SubmitAsync(SubmissionRequest request)
    {
        var receipt = await _submissions.SubmitAsync(request).ConfigureAwait(false);
        if (audits is not null && !receipt.Repeated)
            new Actions.AuditItemActions(store, audits, clock).Arrived(receipt.Id, Audit.AuditTrail.System);
        return receipt;
    }

    /// <summary>Replaces the offices assigned to an auditor.</summary>
    public void AssignOffices(string auditor, IEnumerable<string> officeCodes, string? actor = null)
    {
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var before = c.Query<string>("SELECT office_code FROM auditor_assignment WHERE auditor = $auditor ORDER BY 1", new { auditor }, tx).ToList();
        c.Execute("DELETE FROM auditor_assignment WHERE auditor = $auditor", new { auditor }, tx);
        foreach (var office in officeCodes.Distinct())
            c.Execute("INSERT INTO auditor_assignment (auditor, office_code) VALUES ($auditor, $office)", new { auditor, office }, tx);
        Audit.AuditTrail.Append(c, tx, actor, "assign_offices", Audit.AuditKinds.Assignment, auditor, new { offices = before },
            new { offices = officeCodes.Distinct().Order(StringComparer.Ordinal).ToList() });
        tx.Commit();
    }

    /// <summary>The offices (code, name) an auditor may audit.</summary>
    public IReadOnlyList<(string Code, string Name)> AssignedOffices(string auditor)
    {
        using var c = store.Open();
        var names = new Vocabulary.OrgDirectory(store).DisplayNames();
        return [.. c.Query<(string Code, string Name)>("""
            SELECT a.office_code, coalesce(o.name, a.office_code) FROM auditor_assignment a
            LEFT JOIN org_unit o ON o.code = a.office_code WHERE a.auditor = $auditor ORDER BY 2
            """, new { auditor }).Select(o => (o.Code, names.TryGetValue(o.Code, out var n) ? n : o.Name))];
    }

    /// <summary>Offices of the organisation (code, name with city and code), by branch, for QR codes and assignment pickers.</summary>
    public IReadOnlyList<(string Code, string Name)> Offices() => [.. OfficesByBranch().Select(o => (o.Code, o.Display))];

    /// <summary>Open offices with their branch, in branch order, so pickers can group them.</summary>
    public IReadOnlyList<Vocabulary.OrgEntry> OfficesByBranch()
    {
        using var c = store.Open();
        var open = c.Query<string>("SELECT code FROM org_unit WHERE level = 'office' AND closed_on IS NULL").ToHashSet(StringComparer.Ordinal);
        return [.. new Vocabulary.OrgDirectory(store).Units().Where(u => u.Level == "office" && open.Contains(u.Code))];
    }

    /// <summary>Issues single-use invitation tokens (unguessable, URL-safe) for a published form.</summary>
    public IReadOnlyList<string> CreateInvitations(string formIdOrCode, int count, string? officeCode = null, string? channel = null, TimeSpan? validFor = null)
    {
        var form = _forms.Find(formIdOrCode) ?? throw new FormException($"Форма «{formIdOrCode}» не найдена.");
        var expires = validFor is { } v ? DateTime.UtcNow + v : (DateTime?)null;
        var tokens = Enumerable.Range(0, count).Select(_ => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18))
            .Replace('+', '-').Replace('/', '_')).ToList();
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        foreach (var token in tokens)
            c.Execute("INSERT INTO invitation (token, definition_id, office_code, channel, expires_at) VALUES ($token, $id, $office, $channel, $expires)",
                new { token, id = form.Id, office = officeCode, channel, expires }, tx);
        tx.Commit();
        return tokens;
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
