using System.Net;
using Analytics.Engine.Invitations;
using Microsoft.AspNetCore.Antiforgery;

namespace Dashboard.Invitations;

/// <summary>
/// The public links in invitation messages (anonymous: the single-use token is the credential). <c>/i/{token}</c>
/// records "started" and redirects to the questionnaire; <c>/i/{token}/o.gif</c> is the open pixel; the opt-out link
/// shows a confirmation form first and records the opt-out on POST, so a mail scanner fetching links cannot opt a client out;
/// the POST needs the form's antiforgery token (400 without), so no other site can opt a client out either.
/// </summary>
public static class InvitationEndpoints
{
    private static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==");

    public static WebApplication MapInvitationEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/i/{token}").AllowAnonymous();
        group.MapGet("", (string token, InvitationTracking tracking) =>
            tracking.Start(token) is { } target ? Results.Redirect(target) : Results.Content(Page("Ссылка недействительна", "Приглашение не найдено."), "text/html; charset=utf-8", statusCode: 404));
        group.MapGet("/o.gif", (string token, InvitationTracking tracking) =>
        {
            tracking.Opened(token);
            return Results.File(Gif, "image/gif");
        });
        group.MapGet("/stop", (string token, HttpContext http, IAntiforgery antiforgery) =>
        {
            // The confirmation form carries an antiforgery token: the POST is ours, never a page elsewhere posting for the client.
            var tokens = antiforgery.GetAndStoreTokens(http);
            var hidden = $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(tokens.FormFieldName)}\" value=\"{WebUtility.HtmlEncode(tokens.RequestToken)}\">";
            return Results.Content(Page("Отказ от опросов", "Вы больше не будете получать приглашения оценить качество обслуживания.",
                $"<form method=\"post\">{hidden}<button type=\"submit\">Отказаться от опросов</button></form>"), "text/html; charset=utf-8");
        });
        group.MapPost("/stop", async (string token, HttpContext http, IAntiforgery antiforgery, InvitationTracking tracking) =>
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                    return Results.Content(Page("Ссылка устарела", "Откройте ссылку для отказа из письма ещё раз и нажмите кнопку."),
                        "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                return tracking.OptOut(token)
                    ? Results.Content(Page("Готово", "Вы отказались от опросов. Больше мы не будем вам писать."), "text/html; charset=utf-8")
                    : Results.Content(Page("Ссылка недействительна", "Приглашение не найдено."), "text/html; charset=utf-8", statusCode: 404);
            })
            // Checked in the handler (a page for the client, not a problem document); the form binding would not check it.
            .DisableAntiforgery();
        return app;
    }

    private static string Page(string title, string text, string extra = "") => $"""
        <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>{title}</title></head><body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">
        <h1 style="font-size:1.4rem">{title}</h1><p>{text}</p>{extra}</body></html>
        """;
}
