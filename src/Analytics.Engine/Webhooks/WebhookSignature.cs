using System.Security.Cryptography;
using System.Text;

namespace Analytics.Engine.Webhooks;

/// <summary>
/// The signature a receiver checks: <c>X-Analytics-Signature: sha256=&lt;hex&gt;</c>, the lower-case hex HMAC-SHA256,
/// keyed by the subscriber's secret (UTF-8), of <c>"&lt;X-Analytics-Timestamp&gt;.&lt;raw body&gt;"</c>. The timestamp
/// (Unix seconds) is signed with the body so a captured request cannot be replayed later with a new time.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return Prefix + Convert.ToHexStringLower(mac);
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, string timestampHeader, string body, string signatureHeader)
    {
        if (!long.TryParse(timestampHeader, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ts)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, ts, body));
        var given = Encoding.ASCII.GetBytes(signatureHeader ?? "");
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
