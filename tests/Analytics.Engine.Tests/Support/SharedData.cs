using System.Text.Json;

namespace Analytics.Engine.Tests.Support;

/// <summary>Finds <c>&lt;repo&gt;/../shared/data</c> by walking up from the test binaries.</summary>
internal static class SharedData
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return System.IO.Path.Combine([candidate, .. parts]);
        }
        throw new DirectoryNotFoundException("shared/data not found above the test binaries.");
    }

    public static JsonDocument PublishedCases() => JsonDocument.Parse(File.ReadAllText(Path("published-cases.json")));
}
