using System.Net;
using System.Text.Json;
using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Audits;

/// <summary>
/// The act download and the outbox import through the real host: the act is a PDF (404 for an unknown id), and an
/// exported queue imported twice stores each audit once, under its auditor, only with the antiforgery token.
/// </summary>
public class AuditActHostTests
{
    private const string Auditor = "auditor7";

    private static void Seed(DashboardFactory factory)
    {
        using (var c = factory.Store.Open())
            c.Execute("INSERT INTO org_unit (code, level, name, address) VALUES ('O1', 'office', 'Центральный клиентский офис', 'г. Ухта, пр. Ленина, д. 36')");
        Assert.True(factory.Service<UserService>().Create(Auditor, "Соколова Анна Викторовна", "auditor-password-7", [new UserRole(Roles.Auditor, null)], "admin").Succeeded);
        var forms = factory.Service<FormService>();
        forms.Publish(forms.CreateFromTemplate("office-visit", "office-visit"));
        forms.AssignOffices(Auditor, ["O1"]);
    }

    /// <summary>An exported runner queue with one audit, as outbox-panel.js writes it.</summary>
    private static string OutboxFile(string id)
    {
        var answers = FormTemplates.Get("office-visit")!.AllItems().Where(i => i.Type == QuestionType.YesNoNa)
            .ToDictionary(i => i.Code, i => (object)new { text = i.Code == "clean" ? "no" : "yes" });
        answers["visit_date"] = new { text = "2026-03-02T10:00" };
        return JsonSerializer.Serialize(new
        {
            format = "analytics-outbox", version = 1, exportedAt = "2026-03-02T09:00:00Z",
            submissions = new[]
            {
                new
                {
                    id, form = "office-visit", version = 1, officeCode = "O1", source = "checklist", queuedBy = Auditor,
                    queuedAt = "2026-03-02T08:31:00Z", startedAt = "2026-03-02T07:00:00Z", finishedAt = "2026-03-02T07:30:00Z", answers,
                },
            },
        });
    }

    private static Task<HttpResponseMessage> Import(HttpClient client, string json)
    {
        var content = new MultipartFormDataContent { { new StringContent(json, System.Text.Encoding.UTF8, "application/json"), "file", "outbox-auditor7.json" } };
        return client.PostAsync("/api/submissions/import", content, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ExportedAudit_ImportedTwice_IsStoredOnce_UnderItsAuditor_AndItsActDownloads()
    {
        await using var factory = new DashboardFactory();
        Seed(factory);
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var file = OutboxFile("7f3c2a10-0000-4000-8000-000000000001");

        var first = await Import(client, file);
        var second = await Import(client, file);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("\"stored\":1,\"repeated\":0", await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("\"stored\":0,\"repeated\":1", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using (var c = factory.Store.Open())
        {
            Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM submission"));
            Assert.Equal(Auditor, c.ExecuteScalar<string>("SELECT auditor FROM submission"));
        }

        var act = await client.GetAsync("/api/audit-acts/7f3c2a10-0000-4000-8000-000000000001", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, act.StatusCode);
        Assert.Equal("application/pdf", act.Content.Headers.ContentType?.MediaType);
        var missing = await client.GetAsync("/api/audit-acts/no-such-audit", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // Filed today (the import is the submission): the default period, this year, holds it.
        var zip = await client.GetAsync("/api/audit-acts", TestContext.Current.CancellationToken);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using (var archive = new System.IO.Compression.ZipArchive(await zip.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken)))
            Assert.Equal(2, archive.Entries.Count);   // the act and manifest.json
        var page = await client.GetStringAsync("/audits", TestContext.Current.CancellationToken);
        Assert.Contains("/api/audit-acts/7f3c2a10-0000-4000-8000-000000000001", page);
    }

    [Fact]
    public async Task Import_IsRefused_WithoutAntiforgeryToken()
    {
        await using var factory = new DashboardFactory();
        Seed(factory);
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword, withToken: false);

        var response = await Import(client, OutboxFile("7f3c2a10-0000-4000-8000-000000000002"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var c = factory.Store.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM submission"));
    }

    [Fact]
    public async Task Import_NamesLineOfBrokenFile()
    {
        await using var factory = new DashboardFactory();
        Seed(factory);
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);

        var response = await Import(client, "{\n\"format\": \"analytics-outbox\",\n\"submissions\": [ {\"id\": }\n]}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("outbox-auditor7.json", body);
        Assert.Contains("строка 3", body);
    }
}
