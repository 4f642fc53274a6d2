using System.Security.Claims;
using System.Text.Encodings.Web;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Microsoft.AspNetCore.Authentication;
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
        await app.StartAsync();
        return new ApiHost(app, store, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
