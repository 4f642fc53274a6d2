using System.Net;
using System.Text.RegularExpressions;
using Analytics.Engine.Forms;

namespace SurveyDesigner.Tests.Pages;

public class QuestionnairePageTests : PageHostTest
{
    protected override void Seed(FormService forms) => forms.Publish(forms.CreateFromTemplate("client-satisfaction", "csat"));

    private async Task<(string Html, string Cookie)> Get(string url)
    {
        var response = await Send(HttpMethod.Get, url);
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
        return await Send(HttpMethod.Post, "/q/csat", content: new FormUrlEncodedContent(form), cookie: cookie);
    }

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    private static Dictionary<string, string> Valid() => new()
    {
        ["a.channel"] = "in_person", ["a.csat"] = "4", ["a.ces"] = "6", ["a.resolved"] = "yes", ["a.nps"] = "8", ["a.comment"] = "Всё понятно",
    };

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
        var response = await Send(HttpMethod.Get, "/q/nope");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(body.Contains("Такой анкеты нет"), body);
    }
}
