using Analytics.Engine.Actions;
using Dashboard.Access;

namespace Dashboard.Actions;

/// <summary>
/// <c>GET /api/actions/{id}/photos/{evidenceId}</c>: a photo of the failed audit item an action was opened for, as the
/// /actions page shows it. Scoped like the act download (<see cref="Audits.AuditActEndpoints"/>): any signed-in user,
/// a branch manager only for actions of their branch — another branch's photo answers 404, so its existence is not
/// disclosed. Only the image evidence of the action's own item is reachable through it.
/// </summary>
public static class ActionPhotoEndpoint
{
    public static IEndpointRouteBuilder MapActionPhotos(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/actions/{id:long}/photos/{evidenceId}", (HttpContext http, CorrectiveActionService actions, AuditItemActions items,
            long id, string evidenceId) =>
        {
            var scope = UserScope.Of(http.User);
            if (actions.Get(id) is not { } action || (scope.BranchCode is { } own && action.BranchCode != own)
                || items.Photo(id, evidenceId) is not { } photo)
                return Results.Problem($"Photo '{evidenceId}' of action {id} not found.", statusCode: 404);
            // Evidence never changes once stored (its SHA-256 is printed in the act): the browser may keep it.
            http.Response.Headers.CacheControl = "private, max-age=86400";
            return Results.File(photo.Content, photo.ContentType);
        }).RequireAuthorization().WithTags("Actions").WithSummary("A photo of the failed audit item of a corrective action.");
        return app;
    }

    /// <summary>The address of one photo, for the page's thumbnails.</summary>
    public static string Url(long actionId, string evidenceId) => $"/api/actions/{actionId}/photos/{Uri.EscapeDataString(evidenceId)}";
}
