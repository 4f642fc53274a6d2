using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Analytics.Engine.Indicators;

namespace Analytics.Engine.Methodology;

/// <summary>Reads, validates and writes methodology documents (the format of <c>data/methodology/README.md</c>).</summary>
public static class MethodologyJson
{
    /// <summary>camelCase, enums as names, comments and trailing commas allowed.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
    };

    /// <summary>Parses and validates; <paramref name="origin"/> names the file in error messages.</summary>
    /// <exception cref="MethodologyException">The document is malformed or inconsistent.</exception>
    public static MethodologyDocument Parse(string json, string origin)
    {
        MethodologyDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<MethodologyDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new MethodologyException($"{origin}: line {(ex.LineNumber ?? 0) + 1}, {ex.Path}: {ex.Message}", ex);
        }
        if (doc is null) throw new MethodologyException($"{origin}: empty document.");
        Validate(doc, origin);
        return doc;
    }

    public static string Serialize(MethodologyDocument doc) => JsonSerializer.Serialize(doc, Options);

    /// <summary>SHA-256 of the canonical serialisation, so equal content gives equal hashes.</summary>
    public static string Hash(MethodologyDocument doc) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(doc))));

    /// <summary>Checks ids, references, measures, weights and norms; throws naming the field.</summary>
    public static void Validate(MethodologyDocument doc, string origin)
    {
        void Fail(string field, string reason) => throw new MethodologyException($"{origin}: {field}: {reason}");
        if (string.IsNullOrWhiteSpace(doc.Id)) Fail("id", "required");
        if (doc.Version < 1) Fail("version", "must be ≥ 1");
        if (doc.MinimumN < 0) Fail("minimumN", "must be ≥ 0");
        if (doc.Confidence is <= 0 or >= 1) Fail("confidence", "must be between 0 and 1");
        if (doc.Plan.Tolerance < 0) Fail("plan.tolerance", "must be ≥ 0");
        if (doc.Plan.TrajectoryFactor <= 0) Fail("plan.trajectoryFactor", "must be > 0");
        if (doc.Plan.TrajectoryRounding is not ("none" or "each-step-4dp"))
            Fail("plan.trajectoryRounding", "must be 'none' or 'each-step-4dp'");
        var indicators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (indicator, i) in doc.Indicators.Select((x, i) => (x, i)))
            if (!indicators.Add(indicator.Id)) Fail($"indicators[{i}].id", $"duplicate '{indicator.Id}'");
        var criteria = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (c, i) in doc.Criteria.Select((x, i) => (x, i)))
        {
            var at = $"criteria[{i}] ({c.Id})";
            if (!criteria.Add(c.Id)) Fail($"{at}.id", "duplicate");
            if (!indicators.Contains(c.Indicator)) Fail($"{at}.indicator", $"unknown indicator '{c.Indicator}'");
            if (!MeasureCatalog.IsKnown(c.Measure))
                Fail($"{at}.measure", $"unknown measure '{c.Measure}'; known: {string.Join(", ", MeasureCatalog.All.Select(m => m.Id))}");
            if (c.Weight < 0 || double.IsNaN(c.Weight)) Fail($"{at}.weight", "must be ≥ 0");
            if (string.IsNullOrWhiteSpace(c.Source)) Fail($"{at}.source", "every criterion cites its clause");
            if (c.Scoring == ScoringRule.Linear && c.Zero is null) Fail($"{at}.zero", "required for Linear scoring");
            if (doc.Mode == MethodologyMode.Standard && c.Norm is null && MeasureCatalog.IsKnown(c.Measure) && MeasureCatalog.Get(c.Measure).NormFrom is null)
                Fail($"{at}.norm", "required in Standard mode");
        }
        foreach (var (d, i) in doc.Norms.Deadlines.Select((x, i) => (x, i)))
        {
            if (d.Days <= 0) Fail($"norms.deadlines[{i}].days", "must be > 0");
            if (d.ExtensionDays < 0) Fail($"norms.deadlines[{i}].extensionDays", "must be ≥ 0");
            if (d.Channels.Count == 0) Fail($"norms.deadlines[{i}].channels", "at least one channel or '*'");
            if (d.Contact is not ("*" or "phone" or "address")) Fail($"norms.deadlines[{i}].contact", "'*', 'phone' or 'address'");
            if (string.IsNullOrWhiteSpace(d.Source)) Fail($"norms.deadlines[{i}].source", "every deadline cites its clause or says it is a company setting");
        }
        if (doc.Declaration.PartialTolerance is < 0 or >= 1 || double.IsNaN(doc.Declaration.PartialTolerance))
            Fail("declaration.partialTolerance", "must be in [0, 1)");
        if (doc.Norms.Registration.Days <= 0) Fail("norms.registration.days", "must be > 0");
        if (doc.Norms.InformationMinutes <= 0) Fail("norms.informationMinutes", "must be > 0");
        if (doc.Norms.DueSoonWorkingDays < 0) Fail("norms.dueSoonWorkingDays", "must be ≥ 0");
    }
}

/// <summary>A methodology document is malformed or inconsistent; the message names the file and field.</summary>
public sealed class MethodologyException(string message, Exception? inner = null) : Exception(message, inner);
