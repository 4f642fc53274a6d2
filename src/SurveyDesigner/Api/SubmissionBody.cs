using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SurveyDesigner.Api;

/// <summary>
/// Reads the JSON body of <c>POST /api/submissions</c> and <c>POST /api/partials</c> by hand, after the token check. Were the body a bound parameter,
/// ASP.NET would turn a form post away with 415 before any filter or the handler ran — so a forged cross-site form
/// would meet a content-type refusal instead of the token refusal every other state-changing route gives (#21.3).
/// </summary>
internal static class SubmissionBody
{
    /// <summary>The submission, or the refusal to answer with: 415 for anything but JSON, 400 for unreadable JSON, 413 for an oversized body.</summary>
    public static Task<(SubmissionDto? Dto, IResult? Refusal)> ReadAsync(HttpRequest request) => ReadAsync<SubmissionDto>(request);

    /// <summary>The body as <typeparamref name="T"/>, or the refusal to answer with (as above).</summary>
    public static async Task<(T? Dto, IResult? Refusal)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, Results.Problem("Анкета принимается только в формате JSON (Content-Type: application/json).",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        try
        {
            var dto = await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted);
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
