using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SurveyDesigner.Tests.Api;

public class FormTransferApiTests
{
    private static HttpRequestMessage AsDesigner(HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-User", "designer");
        request.Headers.Add("X-Roles", "Designer");
        return request;
    }

    [Fact]
    public async Task ExportSurveyJs_ThenImport_CreatesEquivalentDraft()
    {
        await using var host = await ApiHost.StartAsync();
        var id = host.Forms.CreateFromTemplate("phone-call", "call");
        var ct = TestContext.Current.CancellationToken;

        using var export = AsDesigner(HttpMethod.Get, $"/api/forms/{id}/surveyjs.json");
        var json = await (await host.Client.SendAsync(export, ct)).Content.ReadAsStringAsync(ct);
        Assert.Contains("\"radiogroup\"", json);

        using var import = AsDesigner(HttpMethod.Post, "/api/forms/import?code=call-copy", new StringContent(json, Encoding.UTF8, "application/json"));
        var response = await host.SendWithToken(import);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body["warnings"]!.AsArray());
        var copy = host.Forms.Forms.Draft((string)body["id"]!)!;
        Assert.Equal(host.Forms.Forms.Draft(id)!.AllItems().Select(i => i.Code), copy.AllItems().Select(i => i.Code));
    }

    [Fact]
    public async Task Import_ReportsUnsupported_AndRejectsBadJson()
    {
        await using var host = await ApiHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        const string survey = """{ "pages": [ { "name": "p", "elements": [ { "type": "matrix", "name": "m" }, { "type": "comment", "name": "c" } ] } ] }""";

        using var ok = AsDesigner(HttpMethod.Post, "/api/forms/import?code=foreign", new StringContent(survey, Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await (await host.SendWithToken(ok)).Content.ReadAsStringAsync(ct))!;
        Assert.Contains("«m»", (string)body["warnings"]![0]!);

        using var bad = AsDesigner(HttpMethod.Post, "/api/forms/import?code=broken", new StringContent("{", Encoding.UTF8, "application/json"));
        var refused = await host.SendWithToken(bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("токена", await refused.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Import_IsRefused_WithoutAntiforgeryToken()
    {
        await using var host = await ApiHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        const string survey = """{ "pages": [ { "name": "p", "elements": [ { "type": "comment", "name": "c" } ] } ] }""";

        using var forged = AsDesigner(HttpMethod.Post, "/api/forms/import?code=forged", new StringContent(survey, Encoding.UTF8, "application/json"));
        var response = await host.Client.SendAsync(forged, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("RequestVerificationToken", await response.Content.ReadAsStringAsync(ct));
        Assert.Null(host.Forms.Forms.Find("forged"));
    }
}
