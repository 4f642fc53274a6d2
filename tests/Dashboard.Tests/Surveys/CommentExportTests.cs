using System.Net;
using System.Text;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Surveys;

/// <summary>The comment feed as a file through the real host: every matching comment, masked and scoped as on the page.</summary>
public class CommentExportTests
{
    private const string Password = "a-long-password-1";

    private static async Task<(HttpStatusCode Status, string Body)> Get(DashboardFactory factory, string user, string path)
    {
        var client = await SignInClient.SignedIn(factory, user, Password);
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Csv_HoldsEveryComment_MaskedAndScoped()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        CommentSeed.Three(factory.Store, extra: 27);
        factory.AddUser("boss", Password, new UserRole(Roles.Executive, null));
        factory.AddUser("bm", Password, new UserRole(Roles.BranchManager, "B02"));

        var (status, csv) = await Get(factory, "boss", "/api/surveys/insight/comments?format=csv&form=client-satisfaction&year=2026");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("\uFEFFДата и время (МСК),Офис,NPS,CSAT,Тематика,Тональность,Комментарий", lines[0]);
        Assert.Equal(31, lines.Length);                      // all 30 comments, not the page's 25
        Assert.DoesNotContain("222-33-44", csv);
        Assert.Contains("Начисления и оплата,Негативный", csv);

        var (_, branch) = await Get(factory, "bm", "/api/surveys/insight/comments?format=csv&form=client-satisfaction&year=2026&branch=B01");
        Assert.Equal(2, branch.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("душно", branch);

        var (bad, message) = await Get(factory, "boss", "/api/surveys/insight/comments?format=csv&form=client-satisfaction&sentiment=angry");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("angry", message);
    }
}
