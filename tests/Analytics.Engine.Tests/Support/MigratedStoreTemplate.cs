using Analytics.Engine.Store;

namespace Analytics.Engine.Tests.Support;

/// <summary>
/// One store migrated to the latest schema per test process; each test copies the file instead of running every
/// migration again (about a second per store on a busy two-core machine, hundreds of stores per run). The copy is still
/// a fresh file per test. Migration itself is tested from an empty file by the migrator and startup tests.
/// </summary>
internal static class MigratedStoreTemplate
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Writes a migrated, empty store at <paramref name="path"/> (which must not exist yet).</summary>
    public static void CopyTo(string path) => File.Copy(Template.Value, path);

    private static string Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "analytics-tests", "template-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "store.duckdb");
        using (var store = AnalyticsStore.At(path))
        {
            new StoreMigrator(store).Migrate();
            // Everything in the main file, no write-ahead log to copy alongside.
            using var c = store.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CHECKPOINT";
            cmd.ExecuteNonQuery();
        }
        if (File.Exists(path + ".wal")) throw new InvalidOperationException($"{path}.wal left after CHECKPOINT; the template would be incomplete.");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(directory, recursive: true); } catch (IOException) { } };
        return path;
    }
}
