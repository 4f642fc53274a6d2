namespace Analytics.Engine.Store.Backup;

/// <summary>Folders that belong with the store file: one definition for the host, the jobs and the CLI.</summary>
public static class StoreFolders
{
    /// <summary>The ASP.NET data-protection keys (cookie and antiforgery keys): <c>keys/</c> beside the store file.</summary>
    public static string Keys(string storePath) => Beside(storePath, "keys");

    /// <summary>A folder setting made absolute: relative paths sit beside the store file.</summary>
    public static string Beside(string storePath, string folder) => Path.IsPathRooted(folder)
        ? folder
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath)) ?? ".", folder);
}
