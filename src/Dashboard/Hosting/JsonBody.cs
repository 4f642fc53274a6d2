using System.Text.Json;

namespace Dashboard.Hosting;

/// <summary>
/// Reads a write API's JSON body by hand, after the token check (<c>RequireAntiforgeryToken</c>). Were the body a bound
/// parameter, ASP.NET would answer a forged cross-site form post with 415 before any filter ran, instead of the token
/// refusal every other state-changing route gives (#21.3; <c>/api/submissions</c> does the same in SurveyDesigner).
/// </summary>
public static class JsonBody
{
    /// <summary>The body, or the refusal: 415 for anything but JSON, 400 for unreadable or empty JSON, the server's status for an oversized body.</summary>
    public static async Task<(T? Body, IResult? Refusal)> ReadAsync<T>(HttpRequest request) where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
            return (null, Results.Problem("Принимается только JSON (Content-Type: application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType));
        try
        {
            var body = await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted);
            return body is null ? (null, Results.Problem("Пустое тело запроса.", statusCode: StatusCodes.Status400BadRequest)) : (body, null);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 0 } path ? $" (поле {path}, строка {ex.LineNumber + 1})" : "";
            return (null, Results.Problem($"Тело запроса не читается как JSON{where}.", statusCode: StatusCodes.Status400BadRequest));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Results.Problem("Тело запроса не принято: " + ex.Message, statusCode: ex.StatusCode));
        }
    }
}
