using System.Text.Encodings.Web;
using System.Text.Unicode;
using Analytics.Engine.Forms;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SurveyDesigner.Pages.Questionnaire;
using SurveyDesigner.Posting;

namespace SurveyDesigner.Api;

/// <summary>The survey designer's services and HTTP endpoints, added by the web host.</summary>
public static class SurveyDesignerApi
{
    /// <summary>Largest accepted submission body (photos travel base64-encoded in it).</summary>
    public const long MaxBodyBytes = 64L * 1024 * 1024;

    /// <summary>Registers what the pages and API need beyond the engine (the submission limits, bound from <c>Questionnaires:RateLimit</c>, and the public questionnaire's brand from <c>Questionnaires</c>).</summary>
    public static IServiceCollection AddSurveyDesigner(this IServiceCollection services)
    {
        services.AddOptions<SubmissionRateLimitOptions>().BindConfiguration(SubmissionRateLimitOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QuestionnaireBrandOptions>().BindConfiguration(QuestionnaireBrandOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new SubmissionLimiter(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SubmissionRateLimitOptions>>(),
            sp.GetService<TimeProvider>()));
        // The runner's plan and returned audits (ADR 0022); the host's engine registrations win when it has them.
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton(services,
            sp => new Analytics.Engine.Time.DisplayTime(null, sp.GetService<TimeProvider>()));
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton(services,
            sp => new Analytics.Engine.AuditPlans.AuditCoverage(sp.GetRequiredService<Analytics.Engine.Store.AnalyticsStore>(), sp.GetRequiredService<Analytics.Engine.Time.DisplayTime>()));
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton(services,
            sp => new Analytics.Engine.AuditReview.AuditReviewService(sp.GetRequiredService<Analytics.Engine.Store.AnalyticsStore>(), null, sp.GetService<TimeProvider>()));
        // Partial questionnaire responses (save and resume, ADR 0032).
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton(services,
            sp => new Analytics.Engine.Surveys.PartialResponses(sp.GetRequiredService<Analytics.Engine.Store.AnalyticsStore>(), sp.GetService<TimeProvider>()));
        // Russian pages: emit Cyrillic as UTF-8, not &#x...; entities (4× smaller on a phone connection).
        // Registered last so it wins over the default encoder, whichever order the host adds services in.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return services;
    }

    /// <summary>Where the runner's service worker is served from (the library's static web assets).</summary>
    public const string ServiceWorkerPath = "/_content/SurveyDesigner/checklist-sw.js";

    /// <summary>
    /// Lets <c>checklist-sw.js</c> control the runner at <c>/checklist</c> although it is served from
    /// <c>/_content/SurveyDesigner/</c> (a worker's scope may not reach above its folder without this header).
    /// Call before <c>MapStaticAssets</c>. The worker's script is never cached by the browser, so a new
    /// version reaches every tablet on its next online visit.
    /// </summary>
    public static IApplicationBuilder UseChecklistOffline(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.Equals(ServiceWorkerPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["Service-Worker-Allowed"] = $"{context.Request.PathBase}/checklist";
                context.Response.Headers.CacheControl = "no-cache";
                return Task.CompletedTask;
            });
        }
        await next();
    });

    /// <summary>Maps <c>POST /api/submissions</c>, <c>POST /api/partials</c>, <c>GET /api/forms/{code}/qr.png</c> and the definition transfers of <see cref="FormTransferApi"/>.</summary>
    public static IEndpointRouteBuilder MapSurveyDesignerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        // The body (JSON, SubmissionDto) is read inside Submit, after the token check (SubmissionBody says why). No
        // Accepts metadata: routing would then answer a form post 415 (and ask anonymous callers to sign in) first.
        api.MapPost("/submissions", Submit).AllowAnonymous().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        api.MapGet("/forms/{code}/qr.png", (string code, string? office, HttpRequest request) =>
            Results.File(QrCode.Png(QrCode.Link($"{request.Scheme}://{request.Host}{request.PathBase}", code, office)), "image/png"))
            .RequireAuthorization(new AuthorizeAttribute { Roles = "Admin,Designer" });
        PartialApi.Map(api);
        FormTransferApi.Map(api);
        OutboxImportApi.Map(api);
        return app;
    }

    internal static async Task<IResult> Submit(HttpContext http, FormService forms, SubmissionLimiter limiter, IAntiforgery antiforgery)
    {
        var user = http.User;
        // Cookie-authenticated calls must prove they come from our pages — first, whatever the body, so a forged form
        // post gets the same 400 as on every other state-changing route. Anonymous respondents carry no credential to forge.
        if (user.Identity?.IsAuthenticated == true && !await antiforgery.IsRequestValidAsync(http))
            return Results.Problem("Недействительный токен защиты формы. Обновите страницу.", statusCode: StatusCodes.Status400BadRequest);
        var (dto, refusal) = await SubmissionBody.ReadAsync(http.Request);
        if (dto is null) return refusal!;
        if (dto.SourceKind is SubmissionSource.Checklist)
        {
            if (!user.IsInRole("Auditor") && !user.IsInRole("Admin")) return Results.Problem("Чек-листы отправляют только аудиторы.", statusCode: StatusCodes.Status403Forbidden);
        }
        else if (dto.SourceKind is not SubmissionSource.Online)
            return Results.Problem($"Источник «{dto.Source}» через API не принимается.", statusCode: StatusCodes.Status400BadRequest);
        if (dto.SourceKind is SubmissionSource.Checklist && ChecklistAccess.Refusal(forms, user, dto.Form, dto.OfficeCode, dto.QueuedBy) is { } denied)
            return Results.Problem(denied, statusCode: StatusCodes.Status403Forbidden);
        var hit = limiter.TryAcquire(NullIfEmpty(AuditorIdentity.Login(user)) ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown", dto.Token);
        if (hit != LimitHit.None)
            return Results.Problem(SubmissionLimiter.Message(hit), statusCode: StatusCodes.Status429TooManyRequests);
        try
        {
            var receipt = await forms.SubmitAsync(new SubmissionRequest
            {
                Id = dto.Id, Form = dto.Form, Version = dto.Version, OfficeCode = dto.OfficeCode, Source = dto.SourceKind,
                Channel = dto.Channel, RespondentType = dto.RespondentType, Token = dto.Token,
                Auditor = dto.SourceKind == SubmissionSource.Checklist ? AuditorIdentity.Login(user) : null,
                StartedAt = dto.StartedAt, FinishedAt = dto.FinishedAt, Latitude = dto.Latitude, Longitude = dto.Longitude,
                UserAgent = http.Request.Headers.UserAgent.ToString(), Answers = dto.Answers,
                Evidence = [.. dto.Evidence.Select(e => e.ToUpload())], PartialId = dto.PartialId,
            });
            return Results.Ok(receipt);
        }
        catch (SubmissionRejectedException ex)
        {
            return Results.UnprocessableEntity(new { errors = ex.Errors.Select(e => new { item = e.ItemCode, message = e.Message }) });
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
