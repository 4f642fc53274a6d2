using System.Security.Claims;
using Analytics.Engine.Forms;

namespace SurveyDesigner.Api;

/// <summary>
/// Which checklist an auditor may run where: only at offices assigned to them, and only a checklist published to
/// that office (a checklist published to no office in particular is for all). Admins may run any. The pages offer
/// only these; the API refuses the rest, so a hand-made request cannot file an audit for someone else's office.
/// </summary>
public static class ChecklistAccess
{
    /// <summary>Null when allowed; otherwise the reason, in Russian, for the auditor.</summary>
    public static string? Refusal(FormService forms, ClaimsPrincipal user, string? form, string? officeCode, string? queuedBy = null)
    {
        // The audit is the auditor's evidence: it is never filed under whoever happens to be signed in later.
        if (!string.IsNullOrEmpty(queuedBy) && !string.Equals(queuedBy, AuditorIdentity.Login(user), StringComparison.Ordinal))
            return $"Проверку провёл аудитор «{queuedBy}»; она будет отправлена, когда он войдёт на этом устройстве.";
        if (user.IsInRole("Admin")) return null;
        if (string.IsNullOrWhiteSpace(officeCode)) return "В проверке не указан офис.";
        if (forms.AssignedOffices(AuditorIdentity.Login(user)).All(o => o.Code != officeCode))
            return $"Офис «{officeCode}» не закреплён за аудитором «{AuditorIdentity.Label(user)}».";
        var summary = string.IsNullOrWhiteSpace(form) ? null : forms.Forms.Find(form);
        if (summary is not null && forms.Forms.Offices(summary.Id) is { Count: > 0 } published && !published.Contains(officeCode))
            return $"Чек-лист «{summary.Code}» не назначен офису «{officeCode}».";
        return null;
    }
}
