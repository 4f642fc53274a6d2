using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Webhooks;

/// <summary>
/// Registers webhooks (#18 item 4). The host (or the CLI) registers the <see cref="IWebhookSecretProtector"/>; the
/// Engine has no key ring of its own (ADR 0028).
/// </summary>
public static class WebhooksExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebhookSubscribers>();
        services.AddSingleton<WebhookLog>();
        // One client for all receivers: redirects are not followed (a 3xx is a failed attempt, the signature is for this URL).
        services.AddSingleton(sp => new WebhookService(sp.GetRequiredService<Store.AnalyticsStore>(), sp.GetRequiredService<IOptions<WebhookOptions>>(),
            sp.GetRequiredService<WebhookSubscribers>(), new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
