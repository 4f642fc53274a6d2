namespace Analytics.Engine.Webhooks;

/// <summary>
/// Keeps subscribers' secrets out of the store in clear. The Engine has no web dependencies, so the host passes
/// ASP.NET data protection (keys beside the store, backed up with it) and the CLI the same key ring (ADR 0028).
/// </summary>
public interface IWebhookSecretProtector
{
    string Protect(string secret);

    /// <summary>The clear secret; throws <see cref="System.Security.Cryptography.CryptographicException"/> when the key is gone.</summary>
    string Unprotect(string protectedSecret);
}
