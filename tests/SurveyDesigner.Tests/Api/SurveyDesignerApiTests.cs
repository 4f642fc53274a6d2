using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Analytics.Engine.Forms;

namespace SurveyDesigner.Tests.Api;

public class SurveyDesignerApiTests
{
    private static object Body(string id, int nps = 9, string source = "online") => new
    {
        id, form = "client-satisfaction", source,
        answers = new Dictionary<string, object>
        {
            ["channel"] = new { choices = new[] { "phone" } }, ["csat"] = new { number = 5 }, ["ces"] = new { number = 6 },
            ["resolved"] = new { text = "yes" }, ["nps"] = new { number = nps },
        },
    };

    private static async Task<ApiHost> HostWithSurvey()
    {
        var host = await ApiHost.StartAsync();
        host.Forms.Publish(host.Forms.CreateFromTemplate("client-satisfaction", "client-satisfaction"));
        return host;
    }

    [Fact]
    public async Task PostSubmission_StoresOnce_WhenSentTwice()
    {
        await using var host = await HostWithSurvey();

        var first = await host.Client.PostAsJsonAsync("/api/submissions", Body("abc-1"), TestContext.Current.CancellationToken);
        var second = await host.Client.PostAsJsonAsync("/api/submissions", Body("abc-1"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var receipt = JsonNode.Parse(await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.True((bool)receipt["repeated"]!);
        Assert.Equal(5, host.Forms.Submissions.Answers("abc-1").Count);
    }

    [Fact]
    public async Task PostSubmission_Returns422WithItem_WhenAnswerOutOfRange()
    {
        await using var host = await HostWithSurvey();
        var response = await host.Client.PostAsJsonAsync("/api/submissions", Body("bad-1", nps: 12), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("nps", (string)body["errors"]![0]!["item"]!);
    }

    [Fact]
    public async Task PostChecklist_Returns403_WhenNotAnAuditor()
    {
        await using var host = await HostWithSurvey();
        var response = await host.Client.PostAsJsonAsync("/api/submissions", Body("c-1", source: "checklist"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostSubmission_Returns400_WhenSignedInWithoutAntiforgeryToken()
    {
        await using var host = await HostWithSurvey();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = JsonContent.Create(Body("x-1")) };
        request.Headers.Add("X-User", "auditor1");
        request.Headers.Add("X-Roles", "Auditor");
        var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Forms.Submissions.Answers("x-1"));
    }

    [Fact]
    public async Task QrCode_RequiresDesigner_AndReturnsPng()
    {
        await using var host = await HostWithSurvey();
        var anonymous = await host.Client.GetAsync("/api/forms/client-satisfaction/qr.png?office=OF1", TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/forms/client-satisfaction/qr.png?office=OF1");
        request.Headers.Add("X-User", "designer");
        request.Headers.Add("X-Roles", "Designer");
        var png = await (await host.Client.SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png.Take(4));
    }
}
