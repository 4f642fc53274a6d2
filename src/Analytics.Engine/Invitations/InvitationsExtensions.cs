using Analytics.Engine.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Invitations;

/// <summary>Registers delivery (SMTP, SMS) and the invitation services (#18).</summary>
public static class InvitationsExtensions
{
    public static IServiceCollection AddClosedLoop(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InvitationOptions>().Bind(configuration.GetSection(InvitationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        // One long-lived client: the provider is one host, and sockets are reused.
        services.AddSingleton<ISmsGateway>(sp => new SmsRuGateway(new HttpClient(), sp.GetRequiredService<IOptions<SmsOptions>>()));
        services.AddSingleton<InvitationRules>();
        services.AddSingleton<InvitationTemplates>();
        services.AddSingleton<InvitationTracking>();
        services.AddSingleton<InvitationFunnel>();
        services.AddSingleton<InvitationService>();
        return services;
    }
}
