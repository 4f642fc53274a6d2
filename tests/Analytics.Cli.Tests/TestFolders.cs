[assembly: AssemblyFixture(typeof(Analytics.Cli.Tests.TestFolders))]

namespace Analytics.Cli.Tests;

/// <summary>
/// One temporary root per test run, deleted when the run ends, so stores and files the commands write (a demo store
/// is ~20 MB) do not pile up in /tmp run after run.
/// </summary>
public sealed class TestFolders : IDisposable
{
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "analytics-tests", "cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>A new empty folder under the run's root.</summary>
    public static string New()
    {
        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a file still open by a finalising store; the OS cleans /tmp */ }
    }
}
