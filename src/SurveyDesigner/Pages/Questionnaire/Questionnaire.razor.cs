using System.Globalization;
using Analytics.Engine.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using SurveyDesigner.Posting;

namespace SurveyDesigner.Pages.Questionnaire;

public partial class Questionnaire
{
    [Parameter] public string Code { get; set; } = "";
    [SupplyParameterFromQuery(Name = "office")] public string? Office { get; set; }
    [SupplyParameterFromQuery(Name = "t")] public string? Token { get; set; }
    [SupplyParameterFromQuery(Name = "lang")] public string? Language { get; set; }
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [Inject] private FormService Forms { get; set; } = default!;
    [Inject] private SubmissionLimiter Limiter { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private Analytics.Engine.Surveys.PartialResponses Partials { get; set; } = default!;

    private PublishedForm? _form;
    private string? _unavailable;
    private string _submissionId = Guid.NewGuid().ToString("N");
    private string _startedAt = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
    private Dictionary<string, AnswerValue> _answers = new();
    private Dictionary<string, string> _errors = new();
    private IReadOnlySet<string> _visible = new HashSet<string>();
    private bool _posted;
    private string? _partialId;
    private bool _resumed;

    private string Lang => Language is "en" ? "en" : "ru";
    private string L(string ru, string en) => Lang == "en" ? en : ru;
    private string FormJsonText => FormJson.Serialize(_form!.Definition);

    protected override void OnParametersSet()
    {
        var summary = Forms.Forms.Find(Code);
        if (summary is null || summary.Kind != FormKind.Questionnaire || summary.LatestVersion is null)
            _unavailable = L("Такой анкеты нет. Проверьте ссылку.", "There is no such questionnaire. Check the link.");
        else if (summary.Status == FormStatus.Archived)
            _unavailable = L("Опрос завершён. Спасибо за интерес!", "The survey has closed. Thank you!");
        else
        {
            _form = Forms.Forms.Version(summary.Id);
            Resume(summary.Id);
        }
    }

    /// <summary>
    /// An invitation's partial answers, saved from any device, fill the page when it is first opened: the token is the
    /// resume key (ADR 0032). Only a partial of this form and version; the page's own browser storage wins in the script.
    /// </summary>
    private void Resume(string definitionId)
    {
        if (Token is null || _form is null || HttpMethods.IsPost(HttpContext?.Request.Method ?? "GET")) return;
        if (Partials.ForToken(Token) is not { } partial || partial.DefinitionId != definitionId || partial.Version != _form.Version) return;
        _partialId = partial.Id;
        _answers = new Dictionary<string, AnswerValue>(partial.Answers);
        _resumed = _answers.Count > 0;
    }

    private async Task Submit()
    {
        var request = HttpContext!.Request;
        var posted = request.Form;
        _posted = true;
        _submissionId = Valid(posted["submission_id"]) ?? _submissionId;
        _startedAt = posted["started_at"].FirstOrDefault() ?? _startedAt;
        _partialId = Valid(posted["partial_id"]);
        var read = AnswerFormReader.Read(_form!.Definition, posted);
        _answers = read.Answers;
        _visible = LogicEvaluator.VisibleItems(_form.Definition, _answers);
        // A filled honeypot is a bot: answer as if accepted, store nothing.
        if (!string.IsNullOrEmpty(posted["website"])) { Navigation.NavigateTo(ThanksUrl(Blank(posted["office"]))); return; }
        var hit = Limiter.TryAcquire(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", Blank(posted["t"]));
        if (hit != LimitHit.None)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            _errors = new() { [""] = hit == LimitHit.Token
                ? L(SubmissionLimiter.TokenMessage, "Too many attempts with this invitation. Please try again in a minute.")
                : L(SubmissionLimiter.AddressMessage, "Too many submissions. Please try again in a minute.") };
            return;
        }
        _errors = read.Errors;
        if (_errors.Count > 0) { HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity; return; }
        try
        {
            await Forms.SubmitAsync(new SubmissionRequest
            {
                Id = _submissionId, Form = _form.DefinitionId, Version = _form.Version, Source = SubmissionSource.Online,
                OfficeCode = Blank(posted["office"]), Token = Blank(posted["t"]), Channel = "internet",
                RespondentType = _answers.GetValueOrDefault("respondent_type")?.Choices?.FirstOrDefault(),
                StartedAt = DateTime.TryParse(_startedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var s) ? s.ToUniversalTime() : null,
                FinishedAt = DateTime.UtcNow, UserAgent = request.Headers.UserAgent.ToString(),
                Answers = _answers, Evidence = read.Evidence, PartialId = _partialId,
            });
            Navigation.NavigateTo(ThanksUrl(Blank(posted["office"])));
        }
        catch (SubmissionRejectedException ex)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            _errors = ex.Errors.GroupBy(e => e.ItemCode).ToDictionary(g => g.Key, g => g.First().Message);
        }
    }

    // The thanks page keeps the office line of the shell (the office the QR code belongs to).
    private string ThanksUrl(string? office)
    {
        var query = new List<string>();
        if (office is not null) query.Add("office=" + Uri.EscapeDataString(office));
        if (Lang == "en") query.Add("lang=en");
        return $"q/{Code}/thanks" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();

    private static string? Valid(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? id : null;
}
