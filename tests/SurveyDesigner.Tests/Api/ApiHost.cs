using System.Security.Claims;
using System.Text.Encodings.Web;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SurveyDesigner.Api;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Api;

/// <summary>A minimal in-memory host with the survey API over a fresh DuckDB file; users come from test headers.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly string _directory;
    private readonly WebApplication _app;

    public AnalyticsStore Store { get; }
    public FormService Forms { get; }
    public HttpClient Client { get; }

    private ApiHost(WebApplication app, AnalyticsStore store, string directory)
    {
        _app = app;
        _directory = directory;
        Store = store;
        Forms = app.Services.GetRequiredService<FormService>();
        Client = app.GetTestClient();
    }

    public static async Task<ApiHost> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "survey-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var store = AnalyticsStore.At(Path.Combine(directory, "store.duckdb"));
        new StoreMigrator(store).Migrate();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(store).AddSingleton<FormService>().AddSurveyDesigner().AddAntiforgery();
        builder.Services.AddAuthentication(HeaderAuth.Name).AddScheme<AuthenticationSchemeOptions, HeaderAuth>(HeaderAuth.Name, null);
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapSurveyDesignerApi();
        // Stands in for the runner page: hands the signed-in test user a form token and its cookie.
        app.MapGet("/test/antiforgery", (HttpContext http, IAntiforgery antiforgery) => antiforgery.GetAndStoreTokens(http).RequestToken);
        await app.StartAsync();
        return new ApiHost(app, store, directory);
    }

    /// <summary>Sends a JSON body as a signed-in user with a valid antiforgery token, as the runner page does.</summary>
    public async Task<HttpResponseMessage> PostAs(string user, string roles, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add("X-User", user);
        request.Headers.Add("X-Roles", roles);
        return await SendWithToken(request);
    }

    /// <summary>Sends a request (with its <c>X-User</c>/<c>X-Roles</c>) carrying that user's antiforgery cookie and header token.</summary>
    public async Task<HttpResponseMessage> SendWithToken(HttpRequestMessage request)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, "/test/antiforgery");
        tokenRequest.Headers.Add("X-User", request.Headers.GetValues("X-User"));
        tokenRequest.Headers.Add("X-Roles", request.Headers.GetValues("X-Roles"));
        var tokenResponse = await Client.SendAsync(tokenRequest);
        var token = await tokenResponse.Content.ReadAsStringAsync();
        var cookie = string.Join("; ", tokenResponse.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("RequestVerificationToken", token);
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
