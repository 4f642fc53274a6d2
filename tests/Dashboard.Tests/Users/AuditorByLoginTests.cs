using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Tests.Support;
using Dashboard.Users;
using SurveyDesigner.Assignments;

namespace Dashboard.Tests.Users;

/// <summary>
/// D1: an auditor is known by login, never by ФИО. Created with a full name, assigned through the same directory and
/// service as /designer/auditors, the auditor sees the office, sends an audit filed under the login, and keeps
/// both the assignment and the history after a rename.
/// </summary>
public sealed partial class AuditorByLoginTests
{
    internal const string Login = AuditorSeed.Login;
    internal const string FullName = AuditorSeed.FullName;
    internal const string Password = AuditorSeed.Password;
    internal const string Office = AuditorSeed.Office;
    internal const string Checklist = AuditorSeed.Checklist;

    internal static FormService Seed(DashboardFactory factory) => AuditorSeed.Seed(factory);

    [Fact]
    public async Task Auditor_WithFullName_SeesAssignedOfficeAndSubmits()
    {
        await using var factory = new DashboardFactory();
        var forms = Seed(factory);
        using var client = await SignInClient.SignedIn(factory, Login, Password);
        var ct = TestContext.Current.CancellationToken;

        var home = await client.GetStringAsync("/checklist", ct);
        Assert.Contains($"checklist/{Checklist}/{Office}", home);
        Assert.Contains($"data-auditor=\"{Login}\"", home);
        Assert.DoesNotContain("не закреплён", home);

        var runner = await client.GetStringAsync($"/checklist/{Checklist}/{Office}", ct);
        Assert.Contains("data-runner", runner);
        var response = await Submit(client, runner, "fio-audit-1", queuedBy: Login);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var c = factory.Store.Open();
        Assert.Equal(Login, c.ExecuteScalar<string>("SELECT auditor FROM submission WHERE id = 'fio-audit-1'"));
    }

    [Fact]
    public async Task Submit_IsRefused_WhenQueuedByAnotherLogin()
    {
        await using var factory = new DashboardFactory();
        Seed(factory);
        using var client = await SignInClient.SignedIn(factory, Login, Password);
        var runner = await client.GetStringAsync($"/checklist/{Checklist}/{Office}", TestContext.Current.CancellationToken);

        // The display name is not an identity: an audit queued "by the ФИО" is someone else's.
        var response = await Submit(client, runner, "fio-audit-2", queuedBy: FullName);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Rename_KeepsAssignmentAndHistory()
    {
        await using var factory = new DashboardFactory();
        var forms = Seed(factory);
        using (var first = await SignInClient.SignedIn(factory, Login, Password))
        {
            var runner = await first.GetStringAsync($"/checklist/{Checklist}/{Office}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, (await Submit(first, runner, "fio-audit-3", Login)).StatusCode);
        }

        Assert.True(factory.Service<UserService>().Rename(Login, "Смирнов-Белов Алексей Петрович", "admin").Succeeded);

        using var client = await SignInClient.SignedIn(factory, Login, Password);
        var home = await client.GetStringAsync("/checklist", TestContext.Current.CancellationToken);
        Assert.Contains($"checklist/{Checklist}/{Office}", home);
        Assert.Contains("Смирнов-Белов", home);
        Assert.Equal([Office], forms.AssignedOffices(Login).Select(o => o.Code));
        var records = await client.GetStringAsync("/api/records/submissions?format=csv", TestContext.Current.CancellationToken);
        Assert.Contains("Смирнов-Белов Алексей Петрович", records);
    }

    private static Task<HttpResponseMessage> Submit(HttpClient client, string runnerPage, string id, string queuedBy)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions")
        {
            Content = JsonContent.Create(new
            {
                id, form = Checklist, officeCode = Office, source = "checklist", queuedBy,
                answers = new Dictionary<string, object> { ["greeting"] = new { text = "yes" } },
            }),
        };
        request.Headers.Add("RequestVerificationToken", Token().Match(runnerPage).Groups[1].Value);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
