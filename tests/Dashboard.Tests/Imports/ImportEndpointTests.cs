using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dashboard.Imports;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Imports;

public class ImportEndpointTests
{
    private const string Password = "a-long-password-1";

    private static string AnyKind => ImportRunner.Kinds.FirstOrDefault() ?? "appeals";

    private static MultipartFormDataContent FileForm(string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    [Theory]
    [InlineData("report.exe")]
    [InlineData("photo.png")]
    [InlineData("no-extension")]
    public async Task Upload_Returns415_WhenFileTypeIsNotAccepted(string fileName)
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);

        var response = await client.PostAsync($"/api/imports?kind={AnyKind}", FileForm(fileName, "a;b\n1;2\n"u8.ToArray()),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains(fileName, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Upload_Returns413_WhenFileIsLargerThanLimit()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Imports:MaxUploadMegabytes"] = "1" });
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);

        var response = await client.PostAsync($"/api/imports?kind={AnyKind}",
            FileForm("big.csv", new byte[2 * 1024 * 1024]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Imports:MaxUploadMegabytes", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Upload_Returns400_WhenKindIsUnknown()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);

        var response = await client.PostAsync("/api/imports?kind=no-such-kind", FileForm("a.csv", "x\n"u8.ToArray()),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no-such-kind", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Upload_Returns401_WhenAnonymous()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);

        var response = await client.PostAsync($"/api/imports?kind={AnyKind}", FileForm("a.csv", "x\n"u8.ToArray()),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Auditor)]
    public async Task Upload_Returns403_ForRolesThatDoNotImport(string role)
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("someone", Password, new UserRole(role, null));
        using var client = await SignInClient.SignedIn(factory, "someone", Password);

        var response = await client.PostAsync($"/api/imports?kind={AnyKind}", FileForm("a.csv", "x\n"u8.ToArray()),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_ImportsFile_AndSecondUploadIsAllDuplicates()
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("designer", Password, new UserRole(Roles.Designer, null));
        using var client = await SignInClient.SignedIn(factory, "designer", Password);
        var ct = TestContext.Current.CancellationToken;
        var bytes = await File.ReadAllBytesAsync(Samples.Path("org.csv"), ct);

        var first = await client.PostAsync("/api/imports?kind=org", FileForm("org.csv", bytes), ct);
        var again = await client.PostAsync("/api/imports?kind=org&fileName=org.csv", new ByteArrayContent(bytes), ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var summary = await first.Content.ReadFromJsonAsync<ImportResult>(ct);
        Assert.Equal((4L, 4L, 0L, 0L), (summary!.Read, summary.Stored, summary.Duplicates, summary.Rejected));
        var repeat = await again.Content.ReadFromJsonAsync<ImportResult>(ct);
        Assert.Equal((4L, 0L, 4L), (repeat!.Read, repeat.Stored, repeat.Duplicates));
    }

    [Fact]
    public async Task Upload_Returns422_WhenFileIsRefusedWhole()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var ct = TestContext.Current.CancellationToken;
        // An organisation file offered as appeals: its columns are not the appeals' columns.
        var bytes = await File.ReadAllBytesAsync(Samples.Path("org.csv"), ct);

        var response = await client.PostAsync("/api/imports?kind=appeals", FileForm("org.csv", bytes), ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("org.csv", await response.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Quarantine_ListsRejectedRows_WithReasons()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var ct = TestContext.Current.CancellationToken;
        var bad = File.ReadAllText(Samples.Path("org.csv")) + "B9,Неизвестно,C,Плохая строка,,,,,\n";

        var response = await client.PostAsync("/api/imports?kind=org", FileForm("org-bad.csv", System.Text.Encoding.UTF8.GetBytes(bad)), ct);
        var summary = await response.Content.ReadFromJsonAsync<ImportResult>(ct);
        var page = await client.GetFromJsonAsync<QuarantinePage>($"/api/imports/quarantine?importId={summary!.ImportId}", ct);

        Assert.Equal(1, summary.Rejected);
        var row = Assert.Single(page!.Rows);
        Assert.Equal(6, row.Line);
        Assert.False(string.IsNullOrWhiteSpace(row.Reason));
    }

    [Fact]
    public async Task Quarantine_ReturnsEmptyPage_WhenNothingWasRejected()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);

        var json = await client.GetStringAsync("/api/imports/quarantine", TestContext.Current.CancellationToken);

        Assert.Contains("\"total\":0", json);
    }
}
