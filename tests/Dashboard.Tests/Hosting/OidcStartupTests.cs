using System.Net;
using Analytics.Engine;
using Dashboard.Hosting;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Dashboard.Tests.Hosting;

public class OidcStartupTests
{
    // ".invalid" never resolves: if the host fetched the discovery document at start, it could not start.
    private const string Authority = "https://idp.example.invalid/realms/analytics";

    private static Dictionary<string, string?> Enabled() => new()
    {
        ["Authentication:Oidc:Enabled"] = "true",
        ["Authentication:Oidc:Authority"] = Authority,
        ["Authentication:Oidc:ClientId"] = "analytics",
        ["Authentication:Oidc:DisplayName"] = "Keycloak",
        ["Authentication:Oidc:RoleMap:board"] = "Executive",
    };

    [Fact]
    public async Task SignInPage_HasNoOidcButton_WhenOidcIsOff()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;

        var page = await client.GetStringAsync("/account/login", ct);

        Assert.Contains("name=\"password\"", page);
        Assert.DoesNotContain("login-oidc", page);
        Assert.DoesNotContain("/account/oidc/login", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/account/oidc/login", ct)).StatusCode);
        var schemes = await factory.Service<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>().GetAllSchemesAsync();
        Assert.DoesNotContain(schemes, s => s.Name == OidcOptions.Scheme);
    }

    [Fact]
    public async Task SignInPage_ShowsOidcButtonBesideLocalForm_WhenOidcIsOn()
    {
        await using var factory = new DashboardFactory(Enabled());
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;
        await client.GetAsync("/culture?c=en-GB&redirect=/", ct);

        var page = await client.GetStringAsync("/account/login?returnUrl=%2Findicators", ct);

        Assert.Contains("Sign in with Keycloak", page);
        Assert.Contains("href=\"/account/oidc/login?returnUrl=%2Findicators\"", page);
        Assert.Contains("name=\"password\"", page);
        // Local accounts keep working beside the provider.
        var signIn = await SignInClient.PostSignIn(client, "admin", DashboardFactory.AdminPassword);
        Assert.DoesNotContain("error=", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", ct)).StatusCode);
    }

    [Fact]
    public async Task OidcLogin_ChallengesWithCodeFlowAndPkce_WhenOidcIsOn()
    {
        await using var factory = new DashboardFactory(Enabled());
        // Metadata given in place of discovery, so the challenge needs no network.
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.PostConfigure<OpenIdConnectOptions>(OidcOptions.Scheme, o => o.ConfigurationManager =
                new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
                {
                    Issuer = Authority,
                    AuthorizationEndpoint = Authority + "/protocol/openid-connect/auth",
                    TokenEndpoint = Authority + "/protocol/openid-connect/token",
                }))));
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/account/oidc/login?returnUrl=%2Fbenchmark", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.AbsoluteUri;
        Assert.StartsWith(Authority + "/protocol/openid-connect/auth?", location);
        Assert.Contains("response_type=code", location);
        Assert.Contains("code_challenge_method=S256", location);
        Assert.Contains("client_id=analytics", location);
    }

    [Fact]
    public async Task OidcLogin_ReturnsToSignInPageWithMessage_WhenProviderIsUnreachable()
    {
        await using var factory = new DashboardFactory(Enabled());
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;

        var response = await client.GetAsync("/account/oidc/login?returnUrl=%2Ftrends", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?error=oidc-unavailable&returnUrl=%2Ftrends", response.Headers.Location!.OriginalString);
        Assert.Contains("data-test=\"login-error\"", await client.GetStringAsync(response.Headers.Location, ct));
    }

    [Fact]
    public async Task OidcComplete_MovesOnToLocalPageOnly()
    {
        await using var factory = new DashboardFactory(Enabled());
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;

        var local = await client.GetStringAsync("/account/oidc/complete?returnUrl=%2Ftrends", ct);
        var foreign = await client.GetStringAsync("/account/oidc/complete?returnUrl=https%3A%2F%2Fevil.example", ct);

        Assert.Contains("content=\"0;url=/trends\"", local);
        Assert.Contains("content=\"0;url=/\"", foreign);
    }

    [Theory]
    [InlineData("Authentication:Oidc:Authority", "http://idp.example.com/realms/a")]
    [InlineData("Authentication:Oidc:Authority", "idp.example.com")]
    [InlineData("Authentication:Oidc:ClientId", "")]
    [InlineData("Authentication:Oidc:RoleMap:board", "Director")]
    public async Task Start_FailsNamingTheSetting_WhenOidcSettingIsBad(string key, string value)
    {
        var directory = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        var settings = Enabled();
        settings["Store:Path"] = Path.Combine(directory, "store.duckdb");
        settings["Demo:OnFirstRun"] = "false";
        settings["Admin:InitialPassword"] = DashboardFactory.AdminPassword;
        settings["Urls"] = "http://127.0.0.1:0";
        settings[key] = value;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAnalyticsEngine(builder.Configuration);
        builder.AddDashboard();
        await using var app = builder.Build();
        app.MapDashboard();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(Flatten(error), e => e is OptionsValidationException && e.Message.Contains(key, StringComparison.Ordinal));
        DashboardFactory.DeleteDirectory(directory);
    }

    [Fact]
    public void Validate_Passes_WhenOidcIsOffWithNothingElseSet()
    {
        Assert.Empty(new OidcOptions().Validate(new(new OidcOptions())));
    }

    private static IEnumerable<Exception> Flatten(Exception error) => error is AggregateException aggregate
        ? aggregate.InnerExceptions.SelectMany(Flatten).Prepend(error)
        : error.InnerException is null ? [error] : Flatten(error.InnerException).Prepend(error);
}
