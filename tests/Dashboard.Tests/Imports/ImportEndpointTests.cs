using System.Net;
using System.Net.Http.Headers;
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
    public async Task Quarantine_ReturnsEmptyPage_WhenNothingWasRejected()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);

        var json = await client.GetStringAsync("/api/imports/quarantine", TestContext.Current.CancellationToken);

        Assert.Contains("\"total\":0", json);
    }
}
