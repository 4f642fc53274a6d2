namespace Dashboard.Tests.Support;

/// <summary>The repository's sample import files (<c>data/samples/</c>), found by walking up to the solution.</summary>
public static class Samples
{
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Analytics.sln")))
                return System.IO.Path.Combine(dir.FullName, "data", "samples", name);
        throw new DirectoryNotFoundException("Analytics.sln not found above the test output.");
    }
}
