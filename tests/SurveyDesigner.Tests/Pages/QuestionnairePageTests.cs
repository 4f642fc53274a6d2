using System.Net;
using System.Text.RegularExpressions;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SurveyDesigner.Api;

namespace SurveyDesigner.Tests.Pages;

public partial class QuestionnairePageTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "survey-page-tests", Guid.NewGuid().ToString("N"));
    private WebApplication _app = default!;
    private AnalyticsStore _store = default!;
    private HttpClient _client = default!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _store = AnalyticsStore.At(Path.Combine(_directory, "store.duckdb"));
        new StoreMigrator(_store).Migrate();
        var forms = new FormService(_store);
        forms.Publish(forms.CreateFromTemplate("client-satisfaction", "csat"));
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(_store).AddSingleton(forms).AddSurveyDesigner();
        builder.Services.AddRazorComponents();
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        _app = builder.Build();
        _app.UseAntiforgery();
        _app.MapRazorComponents<TestApp>().AddAdditionalAssemblies(typeof(SurveyDesigner.Marker).Assembly);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    private async Task<(string Html, string Cookie)> Get(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var cookie = string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var c) ? c.Select(v => v.Split(';')[0]) : []);
        return (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), cookie);
    }

    private async Task<HttpResponseMessage> Post(string html, string cookie, Dictionary<string, string> fields)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Hidden(html, "__RequestVerificationToken")),
            new("_handler", "questionnaire"),
            new("submission_id", Hidden(html, "submission_id")),
            new("started_at", Hidden(html, "started_at")),
        };
        form.AddRange(fields);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/q/csat") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookie);
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    private static Dictionary<string, string> Valid() => new()
    {
        ["a.channel"] = "in_person", ["a.csat"] = "4", ["a.ces"] = "6", ["a.resolved"] = "yes", ["a.nps"] = "8", ["a.comment"] = "Всё понятно",
    };

    private long Count(string sql)
    {
        using var c = _store.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    [Fact]
    public async Task Get_RendersAccessibleFormWithAntiforgeryAndHoneypot()
    {
        var (html, _) = await Get("/q/csat?office=OF1");
        Assert.Contains("Анкета удовлетворённости клиента", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("name=\"website\"", html);
        Assert.Contains("<legend id=\"q-csat-label\"", html);
        Assert.Matches("name=\"office\" value=\"OF1\"", html);
    }

    [Fact]
    public async Task Post_StoresOnceAndRedirects_EvenWhenRepeated()
    {
        var (html, cookie) = await Get("/q/csat");
        var first = await Post(html, cookie, Valid());
        var second = await Post(html, cookie, Valid());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.EndsWith("/q/csat/thanks", first.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, Count("SELECT count(*) FROM submission"));
        Assert.Equal(0, Count("SELECT count(*) FROM answer WHERE item_code = 'wait_ok'"));
    }

    [Fact]
    public async Task Post_ShowsRussianErrors_WhenRequiredMissing()
    {
        var (html, cookie) = await Get("/q/csat");
        var fields = Valid();
        fields.Remove("a.nps");
        var response = await Post(html, cookie, fields);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Проверьте ответы", body);
        Assert.Contains("Ответьте на вопрос", body);
        Assert.Equal(0, Count("SELECT count(*) FROM submission"));
    }

    [Fact]
    public async Task Post_StoresNothing_WhenHoneypotFilled()
    {
        var (html, cookie) = await Get("/q/csat");
        var fields = Valid();
        fields["website"] = "http://spam.example";
        var response = await Post(html, cookie, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, Count("SELECT count(*) FROM submission"));
    }

    [Fact]
    public async Task Get_ExplainsUnknownForm()
    {
        var response = await _client.GetAsync("/q/nope", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(body.Contains("Такой анкеты нет"), body);
    }
}
