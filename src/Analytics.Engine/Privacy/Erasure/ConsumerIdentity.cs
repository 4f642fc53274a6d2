using System.Data;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// What identifies a consumer, and its keyed hash. A consumer is named by the appeal register's account
/// (<c>appeal.consumer_key</c>, лицевой счёт / ИНН), a phone number or an e-mail address; each is normalised
/// (account: trimmed, lower case; phone: the 11 digits from 7; e-mail: trimmed, lower case) so "8 (912) 345-67-89" and
/// "+79123456789" are one person. The hash is SHA-256 of the store's salt, the kind and the normalised value: the same in
/// C# (for the command's input) and in SQL (the <see cref="Macros"/>, for the stored rows), so a tombstone matches rows
/// without the value ever being kept.
/// </summary>
public static class ConsumerIdentity
{
    public const string Key = "key";
    public const string Phone = "phone";
    public const string Email = "email";

    /// <summary>What replaces an erased or expired personal value: not NULL, so "has a phone" counts stay the same.</summary>
    public const string Placeholder = "[удалено]";

    /// <summary>Prefix of a pseudonymised account: a stable stand-in, so one consumer's repeat complaints still pair up.</summary>
    public const string PseudonymPrefix = "ps-";

    public static string? NormalKey(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    public static string? NormalPhone(string? value)
    {
        if (value is null) return null;
        var digits = new string([.. value.Where(char.IsAsciiDigit)]);
        return digits.Length switch
        {
            11 when digits[0] is '7' or '8' => "7" + digits[1..],
            10 => "7" + digits,
            _ => null,
        };
    }

    public static string? NormalEmail(string? value) => value is not null && value.Contains('@') ? value.Trim().ToLowerInvariant() : null;

    /// <summary>The keyed hash of a normalised value of <paramref name="kind"/>.</summary>
    public static string Hash(string salt, string kind, string normal) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}:{kind}:{normal}")));

    /// <summary>
    /// The hashes a command-line KEY stands for: always as an account; also as a phone when it looks like one (a
    /// <c>+</c>, brackets or 11 digits) and as an e-mail when it has an <c>@</c>.
    /// </summary>
    public static IReadOnlyList<(string Kind, string Hash)> HashesOf(string salt, string input)
    {
        var list = new List<(string, string)>();
        if (NormalKey(input) is { } key) list.Add((Key, Hash(salt, Key, key)));
        var looksLikePhone = input.Contains('+') || input.Contains('(') || input.Count(char.IsAsciiDigit) == 11;
        if (looksLikePhone && NormalPhone(input) is { } phone) list.Add((Phone, Hash(salt, Phone, phone)));
        if (NormalEmail(input) is { } email) list.Add((Email, Hash(salt, Email, email)));
        return list;
    }

    /// <summary>The store's salt (migration 022).</summary>
    public static string Salt(IDbConnection connection, IDbTransaction? tx = null) =>
        connection.ExecuteScalar<string>("SELECT salt FROM privacy_salt LIMIT 1", transaction: tx)
        ?? throw new InvalidOperationException("The store has no privacy salt; migrate it first.");

    /// <summary>
    /// Temp macros on <paramref name="connection"/>: <c>pd_key/pd_phone/pd_email(x)</c> normalise as the C# methods
    /// do, <c>pd_hash(kind, normal)</c> hashes, <c>pd_pseudonym(key)</c> is the stable stand-in for an account.
    /// The salt is hex from the store, so inlining it as a literal is safe.
    /// </summary>
    public static void Macros(IDbConnection connection, string salt, IDbTransaction? tx = null)
    {
        if (!salt.All(char.IsAsciiHexDigit)) throw new InvalidOperationException("The privacy salt is not hex.");
        connection.Execute($"""
            CREATE OR REPLACE TEMP MACRO pd_key(x) AS nullif(lower(trim(x)), '');
            CREATE OR REPLACE TEMP MACRO pd_digits(x) AS regexp_replace(x, '[^0-9]', '', 'g');
            CREATE OR REPLACE TEMP MACRO pd_phone(x) AS CASE
                WHEN length(pd_digits(x)) = 11 AND substr(pd_digits(x), 1, 1) IN ('7', '8') THEN '7' || substr(pd_digits(x), 2)
                WHEN length(pd_digits(x)) = 10 THEN '7' || pd_digits(x) END;
            CREATE OR REPLACE TEMP MACRO pd_email(x) AS CASE WHEN contains(x, '@') THEN lower(trim(x)) END;
            CREATE OR REPLACE TEMP MACRO pd_hash(kind, v) AS CASE WHEN v IS NOT NULL THEN sha256('{salt}:' || kind || ':' || v) END;
            CREATE OR REPLACE TEMP MACRO pd_pseudonym(x) AS CASE
                WHEN x IS NULL OR starts_with(x, '{PseudonymPrefix}') THEN x
                ELSE '{PseudonymPrefix}' || substr(sha256('{salt}:pseudonym:' || pd_key(x)), 1, 16) END;
            """, transaction: tx);
    }
}
