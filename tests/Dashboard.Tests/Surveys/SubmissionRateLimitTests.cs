using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Analytics.Engine.Forms;
using Dashboard.Tests.Support;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Surveys;

/// <summary>The configurable submission limits of the real host: per client address and per invitation token.</summary>
public class SubmissionRateLimitTests
{
    private static object Body(string id, string? token = null) => new
    {
        id, form = "csat", token,
        answers = new Dictionary<string, object>
        {
            ["channel"] = new { choices = new[] { "phone" } }, ["csat"] = new { number = 5 }, ["ces"] = new { number = 6 },
            ["resolved"] = new { text = "yes" }, ["nps"] = new { number = 9 },
        },
    };

    private static DashboardFactory Host(int perAddress, int perToken)
    {
        var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Questionnaires:RateLimit:PerAddressPerMinute"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Questionnaires:RateLimit:PerTokenPerMinute"] = perToken.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs:Enabled"] = "false",
        });
        factory.CreateClient().Dispose();   // starts the host (and migrates the store)
        var forms = factory.Service<FormService>();
        Assert.True(forms.Publish(forms.CreateFromTemplate("client-satisfaction", "csat")).Published);
        return factory;
    }

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (string)JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["detail"]!;

    [Fact]
    public async Task PerAddressLimit_FromConfiguration_Returns429InRussian_AfterTheLimit()
    {
        await using var factory = Host(perAddress: 3, perToken: 100);
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await client.PostAsJsonAsync("/api/submissions", Body($"addr-{i}"), ct)).StatusCode);
        var refused = await client.PostAsJsonAsync("/api/submissions", Body("addr-9"), ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Слишком много отправок подряд. Попробуйте через минуту.", await Detail(refused));
        Assert.Empty(factory.Service<FormService>().Submissions.Answers("addr-3"));
    }

    [Fact]
    public async Task PerTokenLimit_Returns429InRussian_WhenOneInvitationIsTriedTooOften()
    {
        await using var factory = Host(perAddress: 100, perToken: 2);
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var token = factory.Service<FormService>().CreateInvitations("csat", 1).Single();

        var first = await client.PostAsJsonAsync("/api/submissions", Body("tok-1", token), ct);
        var reused = await client.PostAsJsonAsync("/api/submissions", Body("tok-2", token), ct);
        var limited = await client.PostAsJsonAsync("/api/submissions", Body("tok-3", token), ct);
        var otherClientWithoutToken = await client.PostAsJsonAsync("/api/submissions", Body("plain-1"), ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("Слишком много попыток с этим приглашением. Попробуйте через минуту.", await Detail(limited));
        Assert.Equal(HttpStatusCode.OK, otherClientWithoutToken.StatusCode);
    }

    [Fact]
    public async Task ZeroLimit_StopsTheHostAtStart_NamingTheSetting()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Questionnaires:RateLimit:PerTokenPerMinute"] = "0", ["Jobs:Enabled"] = "false",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Questionnaires:RateLimit:PerTokenPerMinute", ex.Message);
    }
}
