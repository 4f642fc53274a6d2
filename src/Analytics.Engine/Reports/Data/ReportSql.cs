using System.Collections.Concurrent;

namespace Analytics.Engine.Reports.Data;

/// <summary>Loads the report queries embedded beside their callers (<c>Reports/**/Name.sql</c>).</summary>
internal static class ReportSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    /// <summary>The text of <c>Reports/{folder}/{name}.sql</c>.</summary>
    public static string Load(string folder, string name) => Cache.GetOrAdd($"{folder}.{name}", key =>
    {
        var assembly = typeof(ReportSql).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith($".Reports.{key}.sql", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded query Reports/{folder}/{name}.sql is missing.");
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    });
}
