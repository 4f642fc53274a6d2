using System.Text.Json;
using Analytics.Engine.Forms;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace SurveyDesigner.Api;

/// <summary>The file the runner exports: its queued audits exactly as it would have posted them (ADR 0023).</summary>
public sealed record OutboxFile
{
    public const string FormatName = "analytics-outbox";
    public string Format { get; init; } = "";
    public int Version { get; init; }
    public DateTime? ExportedAt { get; init; }
    public List<SubmissionDto> Submissions { get; init; } = [];
}

/// <summary>What an import stored: new audits, repeats of audits already stored (same id), and refusals with reasons.</summary>
public sealed record OutboxImportResult(int Stored, int Repeated, IReadOnlyList<OutboxImportRefusal> Rejected);

public sealed record OutboxImportRefusal(string Id, IReadOnlyList<string> Errors);

/// <summary>
/// <c>POST /api/submissions/import</c> (multipart, field <c>file</c>, antiforgery token required): a quality specialist
/// files the audits an auditor exported from a tablet that could not send them. Each keeps its client id, so importing
/// the same file twice, or after the tablet did send, stores every audit exactly once. The audit is filed under the
/// auditor who queued it (<c>queuedBy</c>), and the office-assignment rule of that auditor still applies.
/// </summary>
public static class OutboxImportApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/submissions/import", Import).DisableAntiforgery()   // checked below, with a Russian message
            .RequireAuthorization(new AuthorizeAttribute { Roles = "Admin,Designer" })
            .WithMetadata(new RequestSizeLimitAttribute(4 * SurveyDesignerApi.MaxBodyBytes));

    internal static async Task<IResult> Import(HttpContext http, FormService forms, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
            return Results.Problem("Недействительный токен защиты формы. Обновите страницу.", statusCode: StatusCodes.Status400BadRequest);
        if (!http.Request.HasFormContentType || (await http.Request.ReadFormAsync(http.RequestAborted)).Files.GetFile("file") is not { } upload)
            return Results.Problem("Выберите файл очереди проверок (.json).", statusCode: StatusCodes.Status400BadRequest);
        OutboxFile? file;
        try
        {
            await using var stream = upload.OpenReadStream();
            file = await JsonSerializer.DeserializeAsync<OutboxFile>(stream, Json, http.RequestAborted);
        }
        catch (JsonException ex)
        {
            return Results.Problem($"Файл «{upload.FileName}», строка {ex.LineNumber + 1}, позиция {ex.BytePositionInLine + 1}: это не файл очереди проверок ({ex.Message}).",
                statusCode: StatusCodes.Status400BadRequest);
        }
        if (file is null || file.Format != OutboxFile.FormatName)
            return Results.Problem($"Файл «{upload.FileName}»: поле format должно быть «{OutboxFile.FormatName}».", statusCode: StatusCodes.Status400BadRequest);

        var (stored, repeated, rejected) = (0, 0, new List<OutboxImportRefusal>());
        foreach (var dto in file.Submissions)
        {
            if (string.IsNullOrWhiteSpace(dto.Id) || dto.SourceKind != SubmissionSource.Checklist || string.IsNullOrWhiteSpace(dto.QueuedBy))
            {
                rejected.Add(new(dto.Id, ["Не проверка по чек-листу: нет id, источника checklist или аудитора (queuedBy)."]));
                continue;
            }
            try
            {
                var receipt = await forms.SubmitAsync(new SubmissionRequest
                {
                    Id = dto.Id, Form = dto.Form, Version = dto.Version, OfficeCode = dto.OfficeCode, Source = SubmissionSource.Checklist,
                    Auditor = dto.QueuedBy, StartedAt = dto.StartedAt, FinishedAt = dto.FinishedAt, Latitude = dto.Latitude, Longitude = dto.Longitude,
                    UserAgent = "outbox-import:" + AuditorIdentity.Login(http.User), Answers = dto.Answers,
                    Evidence = [.. dto.Evidence.Select(e => e.ToUpload())],
                });
                if (receipt.Repeated) repeated++; else stored++;
            }
            catch (SubmissionRejectedException ex)
            {
                rejected.Add(new(dto.Id, [.. ex.Errors.Select(e => e.Message)]));
            }
        }
        return Results.Ok(new OutboxImportResult(stored, repeated, rejected));
    }
}
