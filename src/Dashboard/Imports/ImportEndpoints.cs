using Dashboard.Hosting;
using Dashboard.Users;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Dashboard.Imports;

/// <summary>
/// <c>POST /api/imports?kind=…</c> with the file as the raw request body (or a multipart field <c>file</c>):
/// the same import as the page and the CLI, for scripts while the host holds the store.
/// </summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/imports").RequireAuthorization(Policies.Import).WithTags("Imports");
        api.MapPost("/", Upload)
            // The raw body binds no form, so the token is checked by a filter (header RequestVerificationToken).
            .DisableAntiforgery().RequireAntiforgeryToken()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Import one file; returns read/stored/duplicates/rejected.");
        api.MapGet("/kinds", () => ImportRunner.Kinds).WithSummary("Kinds the importer accepts.");
        api.MapGet("/quarantine", (QuarantineQuery q, long? importId, string? search, int skip = 0, int take = 100) =>
                q.Page(importId, search, Math.Max(0, skip), Math.Clamp(take, 1, 1000)))
            .WithSummary("Rejected rows with reasons, newest import first.");
        return app;
    }

    private static async Task<IResult> Upload(HttpContext http, ImportRunner runner,
        IOptions<ImportUploadOptions> limits, string? kind, string? fileName, CancellationToken ct)
    {
        var max = limits.Value.MaxUploadBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = max;
        if (http.Request.ContentLength > max)
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The file exceeds Imports:MaxUploadMegabytes ({limits.Value.MaxUploadMegabytes} MB).");

        Stream body;
        string name;
        long? length;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max }, ct);
            if (form.Files.GetFile("file") is not { } file)
                return Problem(StatusCodes.Status400BadRequest, "The multipart form has no field 'file'.");
            (body, name, length) = (file.OpenReadStream(), file.FileName, file.Length);
        }
        else (body, name, length) = (http.Request.Body, fileName ?? "", http.Request.ContentLength);

        if (string.IsNullOrWhiteSpace(name) || !limits.Value.IsAllowed(name))
            return Problem(StatusCodes.Status415UnsupportedMediaType,
                $"'{name}' is not an accepted file type ({string.Join(", ", limits.Value.AllowedExtensions)}).");
        if (!ImportRunner.IsKind(kind))
            return Problem(StatusCodes.Status400BadRequest,
                $"Unknown kind '{kind}'. Known kinds: {string.Join(", ", ImportRunner.Kinds)}.");
        try
        {
            await using (body)
                return Results.Ok(await runner.RunAsync(kind!, body, name, length, null, ct, Access.UserScope.Of(http.User).UserName));
        }
        catch (Analytics.Engine.Store.Ingest.ImportRefusedException ex)
        {
            // The whole file was refused (unknown columns, unreadable encoding…): nothing was stored.
            return Problem(StatusCodes.Status422UnprocessableEntity, ex.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The file exceeds Imports:MaxUploadMegabytes ({limits.Value.MaxUploadMegabytes} MB).");
        }
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
