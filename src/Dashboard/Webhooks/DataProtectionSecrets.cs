using Analytics.Engine.Webhooks;
using Microsoft.AspNetCore.DataProtection;

namespace Dashboard.Webhooks;

/// <summary>
/// Subscribers' secrets through ASP.NET data protection: the key ring in <c>keys/</c> beside the store (backed up and
/// restored with it, ADR 0019), so the store alone never reveals a secret. The CLI opens the same ring (<see cref="ForStore"/>).
/// </summary>
public sealed class DataProtectionSecrets(IDataProtectionProvider provider) : IWebhookSecretProtector
{
    private const string Purpose = "Analytics.Webhooks.Secret.v1";
    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);

    /// <summary>The host's key ring for a store file, for processes without the host's container (the CLI).</summary>
    public static DataProtectionSecrets ForStore(string storePath) =>
        new(DataProtectionProvider.Create(new DirectoryInfo(Analytics.Engine.Store.Backup.StoreFolders.Keys(storePath)),
            b => b.SetApplicationName(Hosting.DataProtectionExtensions.DataProtectionApplicationName)));
}
