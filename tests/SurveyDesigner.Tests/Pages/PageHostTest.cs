using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SurveyDesigner.Api;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Pages;

/// <summary>
/// Hosts SurveyDesigner's pages the way the web host will (static SSR, antiforgery, authorization by role)
/// over a fresh DuckDB file; users sign in through test headers.
/// </summary>
public abstract class PageHostTest : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "survey-page-tests", Guid.NewGuid().ToString("N"));
    private WebApplication _app = default!;
    protected AnalyticsStore Store { get; private set; } = default!;
    protected FormService Forms { get; private set; } = default!;
    protected HttpClient Client { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        Store = AnalyticsStore.At(Path.Combine(_directory, "store.duckdb"));
        new StoreMigrator(Store).Migrate();
        Forms = new FormService(Store);
        Seed(Forms);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(Store).AddSingleton(Forms).AddSurveyDesigner();
        builder.Services.AddRazorComponents();
        builder.Services.AddAuthentication(HeaderAuth.Name).AddScheme<AuthenticationSchemeOptions, HeaderAuth>(HeaderAuth.Name, null);
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.UseAntiforgery();
        _app.MapRazorComponents<TestApp>().AddAdditionalAssemblies(typeof(SurveyDesigner.Marker).Assembly);
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    /// <summary>Forms and assignments the test needs before the host starts.</summary>
    protected abstract void Seed(FormService forms);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    protected async Task<HttpResponseMessage> Send(HttpMethod method, string url, string? user = null, string? roles = null, HttpContent? content = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (user is not null) request.Headers.Add("X-User", user);
        if (roles is not null) request.Headers.Add("X-Roles", roles);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    protected long Count(string sql)
    {
        using var c = Store.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
