using System.Text;
using Analytics.Engine.Forms;
using Analytics.Engine.Forms.SurveyJs;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SurveyDesigner.Api;

/// <summary>
/// Definition downloads and uploads for the designer: our JSON and SurveyJS JSON. Conversion warnings travel in
/// the <c>X-Conversion-Warnings</c> header (export) or the response body (import) — never dropped silently.
/// </summary>
internal static class FormTransferApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var designer = new AuthorizeAttribute { Roles = "Admin,Designer" };
        api.MapGet("/forms/{id}/definition.json", (string id, FormService forms) =>
            forms.Forms.Find(id) is { } f
                ? Results.File(Encoding.UTF8.GetBytes(FormJson.Serialize(forms.Forms.Draft(f.Id)!, indented: true)), "application/json", $"{f.Code}.json")
                : Results.NotFound()).RequireAuthorization(designer);
        api.MapGet("/forms/{id}/surveyjs.json", (string id, FormService forms, HttpResponse response) =>
        {
            if (forms.Forms.Find(id) is not { } f) return Results.NotFound();
            var result = SurveyJsExporter.Export(forms.Forms.Draft(f.Id)!);
            if (result.Warnings.Count > 0) response.Headers["X-Conversion-Warnings"] = Uri.EscapeDataString(string.Join("\n", result.Warnings));
            return Results.File(Encoding.UTF8.GetBytes(result.Json), "application/json", $"{f.Code}.surveyjs.json");
        }).RequireAuthorization(designer);
        // The body is raw JSON, so no form binding checks the antiforgery token: this handler does (header).
        api.MapPost("/forms/import", async (HttpRequest request, FormService forms, IAntiforgery antiforgery, string code, string? format) =>
        {
            if (!await antiforgery.IsRequestValidAsync(request.HttpContext))
                return Results.Problem("Нет действительного токена защиты (заголовок RequestVerificationToken; его выдаёт GET /api/antiforgery).",
                    statusCode: StatusCodes.Status400BadRequest);
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            try
            {
                var (definition, warnings) = format == "native"
                    ? (FormJson.Deserialize(text, "файл") with { Code = code }, (IReadOnlyList<string>)[])
                    : SurveyJsImporter.Import(text, code) is var r ? (r.Form, r.Warnings) : default;
                var id = forms.Create(definition, AuditorIdentity.Login(request.HttpContext.User));
                return Results.Ok(new { id, code, warnings, issues = FormValidator.Validate(definition).Select(i => i.ToString()) });
            }
            catch (FormatException ex) { return Results.BadRequest(new { error = ex.Message }); }
            catch (FormException ex) { return Results.Conflict(new { error = ex.Message }); }
        }).RequireAuthorization(designer).DisableAntiforgery();
    }
}
