using Analytics.Engine.Store;
using Analytics.Engine.Tests.Support;
using Analytics.Engine.Webhooks;
using Dapper;

namespace Analytics.Engine.Tests.Webhooks;

/// <summary>A reversible stand-in for the host's data protection: the stored form is not the secret.</summary>
internal sealed class TestProtector : IWebhookSecretProtector
{
    public string Protect(string secret) => "p:" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(secret));
    public string Unprotect(string protectedSecret) => protectedSecret.StartsWith("p:", StringComparison.Ordinal)
        ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(protectedSecret[2..]))
        : throw new System.Security.Cryptography.CryptographicException("not ours");
}

/// <summary>A fresh store, the subscribers service and a dispatcher with a real HttpClient.</summary>
internal sealed class WebhookWorld : IDisposable
{
    public const string Secret = "whsec-0123456789abcdef";

    public TempStore Temp { get; } = new();
    public WebhookOptions Options { get; } = new() { TimeoutSeconds = 60 }; // a loaded shared machine must not turn a slow answer into a failure
    public WebhookSubscribers Subscribers { get; }
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    public WebhookWorld() => Subscribers = new WebhookSubscribers(Temp.Store, new TestProtector(), TimeProvider.System);

    public AnalyticsStore Store => Temp.Store;

    public WebhookService Service(TimeProvider? clock = null) =>
        new(Temp.Store, Microsoft.Extensions.Options.Options.Create(Options), Subscribers, _http, clock ?? TimeProvider.System);

    public WebhookSubscriber Subscribe(string url, params string[] events) =>
        Subscribers.Add(new WebhookSubscriberInput("Приёмник CRM", url, Secret, events.Length == 0 ? [WebhookEvents.ImportFinished] : events), "admin");

    public long Count(string sql)
    {
        using var c = Temp.Store.Open();
        return c.ExecuteScalar<long>(sql);
    }

    public string? Publish(string type, object data)
    {
        using var c = Temp.Store.Open();
        return WebhookOutbox.Publish(c, null, type, data, DateTime.UtcNow);
    }

    public void Dispose()
    {
        _http.Dispose();
        Temp.Dispose();
    }
}
