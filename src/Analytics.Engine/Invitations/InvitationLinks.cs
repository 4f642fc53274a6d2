namespace Analytics.Engine.Invitations;

/// <summary>
/// The public links of an invitation, all keyed by its single-use token: <c>/i/{token}</c> records "started" and
/// redirects to the questionnaire, <c>/i/{token}/o.gif</c> records "opened", <c>/i/{token}/stop</c> opts out.
/// </summary>
public static class InvitationLinks
{
    public static string Start(string baseUrl, string token) => $"{baseUrl.TrimEnd('/')}/i/{Uri.EscapeDataString(token)}";
    public static string Pixel(string baseUrl, string token) => Start(baseUrl, token) + "/o.gif";
    public static string OptOut(string baseUrl, string token) => Start(baseUrl, token) + "/stop";

    /// <summary>The questionnaire itself (SurveyDesigner's /q/{code}), with the office and the token.</summary>
    public static string Questionnaire(string formCode, string? office, string token) =>
        $"/q/{Uri.EscapeDataString(formCode)}?" + (office is null ? "" : $"office={Uri.EscapeDataString(office)}&") + $"t={Uri.EscapeDataString(token)}";
}
