using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Analytics.Engine.AuditActs;

/// <summary>A stored answer as the canonical JSON hashes it.</summary>
public sealed record ActAnswer(string Item, double? Number, string? Text, bool NotApplicable, string? Note);

/// <summary>
/// The SHA-256 printed on the act: of the canonical JSON of a submission's answers (ADR 0023) — one object with
/// <c>submission, form, version, office, auditor, startedAt, finishedAt, answers</c> in this order, answers sorted by
/// item code (ordinal), each <c>{item, number, text, na, note}</c>; no whitespace, UTF-8, non-ASCII unescaped, times
/// UTC as <c>yyyy-MM-ddTHH:mm:ssZ</c>, numbers in their shortest round-trip form, absent values as null.
/// Anyone holding an export of the store can recompute it; changing one answer changes the hash.
/// </summary>
public static class SubmissionHash
{
    public static string Canonical(string submission, string form, int version, string? office, string? auditor,
        DateTime? startedAt, DateTime? finishedAt, IEnumerable<ActAnswer> answers)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("submission", submission);
            w.WriteString("form", form);
            w.WriteNumber("version", version);
            w.WriteString("office", office);
            w.WriteString("auditor", auditor);
            w.WriteString("startedAt", Utc(startedAt));
            w.WriteString("finishedAt", Utc(finishedAt));
            w.WriteStartArray("answers");
            foreach (var a in answers.OrderBy(a => a.Item, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("item", a.Item);
                if (a.Number is { } n) w.WriteNumber("number", n); else w.WriteNull("number");
                w.WriteString("text", a.Text);
                w.WriteBoolean("na", a.NotApplicable);
                w.WriteString("note", a.Note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Sha256(string canonical) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)));

    private static string? Utc(DateTime? t) =>
        t?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
