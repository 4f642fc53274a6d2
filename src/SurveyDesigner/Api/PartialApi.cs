using Analytics.Engine.Forms;
using Analytics.Engine.Surveys;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace SurveyDesigner.Api;

/// <summary>The JSON body of <c>POST /api/partials</c>: the questionnaire page's answers so far.</summary>
public sealed record PartialDto : FillingDto;

/// <summary>
/// <c>POST /api/partials</c>: the public questionnaire saves a client's answers so far (#17.6, ADR 0032). Anonymous like
/// the questionnaire, but only from our page: the antiforgery token the page carries is demanded in the
/// <c>RequestVerificationToken</c> header whoever calls (the page sends it with <c>fetch</c>, keepalive when the page
/// is left), the host refuses another origin, and the body is capped at <see cref="PartialResponses.MaxBodyBytes"/>.
/// Unknown items and values that do not pass are dropped by the Engine; an unknown form or a spent invitation is 422.
/// </summary>
internal static class PartialApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/partials", Save).AllowAnonymous().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PartialResponses.MaxBodyBytes));

    internal static async Task<IResult> Save(HttpContext http, PartialResponses partials, IAntiforgery antiforgery)
    {
        // The token first, then the body (SubmissionBody says why): a forged form post meets the same 400 as elsewhere.
        if (!await antiforgery.IsRequestValidAsync(http))
            return Results.Problem("Недействительный токен защиты формы. Обновите страницу.", statusCode: StatusCodes.Status400BadRequest);
        var (dto, refusal) = await SubmissionBody.ReadAsync<PartialDto>(http.Request);
        if (dto is null) return refusal!;
        try
        {
            var kept = partials.Save(new PartialRequest
            {
                Id = dto.Id, Form = dto.Form, Version = dto.Version, Token = Blank(dto.Token), OfficeCode = Blank(dto.OfficeCode), Answers = dto.Answers,
            });
            return Results.Ok(new { kept });
        }
        catch (SubmissionRejectedException ex)
        {
            return Results.UnprocessableEntity(new { errors = ex.Errors.Select(e => new { item = e.ItemCode, message = e.Message }) });
        }
    }

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}
