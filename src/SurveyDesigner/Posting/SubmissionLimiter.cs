using Microsoft.Extensions.Options;

namespace SurveyDesigner.Posting;

/// <summary>Which limit a submission ran into, with the Russian message the client is shown.</summary>
public enum LimitHit { None, Address, Token }

/// <summary>
/// The two submission limits of <see cref="SubmissionRateLimitOptions"/>: per client address and per invitation token,
/// each a sliding one-minute window. A refused attempt still counts against the limit it did not reach.
/// </summary>
public sealed class SubmissionLimiter(IOptions<SubmissionRateLimitOptions> options, TimeProvider? clock = null)
{
    public const string AddressMessage = "Слишком много отправок подряд. Попробуйте через минуту.";
    public const string TokenMessage = "Слишком много попыток с этим приглашением. Попробуйте через минуту.";

    private readonly SubmissionThrottle _addresses = new(options.Value.PerAddressPerMinute, TimeSpan.FromMinutes(1), clock);
    private readonly SubmissionThrottle _tokens = new(options.Value.PerTokenPerMinute, TimeSpan.FromMinutes(1), clock);

    /// <summary>Records an attempt from <paramref name="client"/> with an optional invitation token.</summary>
    public LimitHit TryAcquire(string client, string? token)
    {
        if (!_addresses.TryAcquire(client)) return LimitHit.Address;
        if (!string.IsNullOrEmpty(token) && !_tokens.TryAcquire(token)) return LimitHit.Token;
        return LimitHit.None;
    }

    public static string Message(LimitHit hit) => hit == LimitHit.Token ? TokenMessage : AddressMessage;
}
