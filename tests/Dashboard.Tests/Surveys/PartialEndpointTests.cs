using System.Net;
using System.Net.Http.Json;
using Analytics.Engine.Forms;
using Analytics.Engine.Surveys;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Surveys;

/// <summary>#17.6: <c>POST /api/partials</c> of the real host — kept answers, dropped unknown items, refused forgeries, resume by invitation.</summary>
public class PartialEndpointTests
{
    private static DashboardFactory Host()
    {
        var factory = new DashboardFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        factory.CreateClient().Dispose();
        var forms = factory.Service<FormService>();
        Assert.True(forms.Publish(forms.CreateFromTemplate("client-satisfaction", "csat")).Published);
        return factory;
    }

    private static object Body(string id, string? token = null, string form = "csat") => new
    {
        id, form, token,
        answers = new Dictionary<string, object>
        {
            ["channel"] = new { choices = new[] { "phone" } }, ["csat"] = new { number = 4 }, ["no_such_item"] = new { text = "x" },
        },
    };

    private static async Task<HttpClient> PageClient(DashboardFactory factory)
    {
        var client = SignInClient.Anonymous(factory);
        client.DefaultRequestHeaders.Add("RequestVerificationToken", await SignInClient.Token(client));
        return client;
    }

    [Fact]
    public async Task A_valid_partial_is_kept_without_its_unknown_item_and_is_no_submission()
    {
        await using var factory = Host();
        using var client = await PageClient(factory);
        var ct = TestContext.Current.CancellationToken;

        var response = await client.PostAsJsonAsync("/api/partials", Body("p-valid"), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"kept\":2", await response.Content.ReadAsStringAsync(ct));
        var partial = factory.Service<PartialResponses>().Find("p-valid")!;
        Assert.Equal(["channel", "csat"], partial.Answers.Keys.Order());
        Assert.Empty(factory.Service<FormService>().Submissions.Answers("p-valid"));
    }

    [Fact]
    public async Task An_unknown_form_is_422_and_stores_nothing()
    {
        await using var factory = Host();
        using var client = await PageClient(factory);
        var ct = TestContext.Current.CancellationToken;

        var response = await client.PostAsJsonAsync("/api/partials", Body("p-bad", form: "no-such-form"), ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("не найдена", await response.Content.ReadAsStringAsync(ct));
        Assert.Null(factory.Service<PartialResponses>().Find("p-bad"));
    }

    [Fact]
    public async Task Without_the_pages_token_or_from_another_site_it_is_refused()
    {
        await using var factory = Host();
        using var bare = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.BadRequest, (await bare.PostAsJsonAsync("/api/partials", Body("p-forged"), ct)).StatusCode);

        using var client = await PageClient(factory);
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/partials") { Content = JsonContent.Create(Body("p-foreign")) };
        foreign.Headers.TryAddWithoutValidation("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(foreign, ct)).StatusCode);

        Assert.Null(factory.Service<PartialResponses>().Find("p-forged"));
        Assert.Null(factory.Service<PartialResponses>().Find("p-foreign"));
    }

    [Fact]
    public async Task An_invitations_partial_fills_the_page_on_another_device()
    {
        await using var factory = Host();
        var token = factory.Service<FormService>().CreateInvitations("csat", 1).Single();
        var ct = TestContext.Current.CancellationToken;
        using (var phone = await PageClient(factory))
            Assert.Equal(HttpStatusCode.OK, (await phone.PostAsJsonAsync("/api/partials", Body("p-phone", token), ct)).StatusCode);

        using var laptop = SignInClient.Anonymous(factory);
        var page = await laptop.GetStringAsync($"/q/csat?t={Uri.EscapeDataString(token)}", ct);
        var other = await laptop.GetStringAsync("/q/csat", ct);

        Assert.Contains("data-resumed=\"server\"", page);
        Assert.Contains("value=\"p-phone\"", page);
        Assert.Matches("name=\"a\\.csat\"[^>]*value=\"4\"[^>]*checked|checked[^>]*name=\"a\\.csat\"[^>]*value=\"4\"", page);
        Assert.DoesNotContain("data-resumed", other);
    }
}
