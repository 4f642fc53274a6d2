using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SurveyDesigner.Api;

/// <summary>
/// Reads <c>POST /api/submissions</c>'s JSON body by hand, after the token check. Were the body a bound parameter,
/// ASP.NET would turn a form post away with 415 before any filter or the handler ran — so a forged cross-site form
/// would meet a content-type refusal instead of the token refusal every other state-changing route gives (#21.3).
/// </summary>
internal static class SubmissionBody
{
    /// <summary>The submission, or the refusal to answer with: 415 for anything but JSON, 400 for unreadable JSON, 413 for an oversized body.</summary>
    public static async Task<(SubmissionDto? Dto, IResult? Refusal)> ReadAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType())
            return (null, Results.Problem("Анкета принимается только в формате JSON (Content-Type: application/json).",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        try
        {
            var dto = await request.ReadFromJsonAsync<SubmissionDto>(request.HttpContext.RequestAborted);
            return dto is null
                ? (null, Results.Problem("Пустая анкета.", statusCode: StatusCodes.Status400BadRequest))
                : (dto, null);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 0 } path ? $" (поле {path}, строка {ex.LineNumber + 1})" : "";
            return (null, Results.Problem($"Анкета не читается как JSON{where}.", statusCode: StatusCodes.Status400BadRequest));
        }
        catch (BadHttpRequestException ex)
        {
            // The body limit (RequestSizeLimit, 413) or a broken upload: the server's own status, never a 500.
            return (null, Results.Problem("Тело запроса не принято: " + ex.Message, statusCode: ex.StatusCode));
        }
    }
}
