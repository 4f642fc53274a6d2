using Dapper;

namespace Analytics.Engine.Store.Backup;

/// <summary>
/// The snapshot's trained models and data-protection keys, put back beside the restored store. Planned before the
/// store is loaded, so a conflict (a different file of the same name already there, e.g. the live store's keys) is
/// refused before anything is written; identical files are left as they are.
/// </summary>
internal sealed class RestoredFiles
{
    private readonly List<(string From, string To)> _models = [];
    private readonly List<(string From, string To)> _keys = [];
    private string _modelFolder = "";

    public static RestoredFiles Plan(string snapshot, string targetPath, RestoreOptions options)
    {
        var plan = new RestoredFiles { _modelFolder = Path.GetFullPath(options.ModelPath ?? StoreFolders.Beside(targetPath, "models")) };
        Add(plan._models, Path.Combine(snapshot, StoreSnapshot.ModelsFolder), plan._modelFolder);
        Add(plan._keys, Path.Combine(snapshot, StoreSnapshot.KeysFolder), Path.GetFullPath(options.KeysPath ?? StoreFolders.Keys(targetPath)));
        return plan;
    }

    /// <summary>Copies the files and points the restored model registry at the restored model files.</summary>
    public (int Models, int Keys) Copy(string targetPath)
    {
        foreach (var (from, to) in _models.Concat(_keys).Where(f => !File.Exists(f.To)))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }
        if (_models.Count > 0)
        {
            using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={targetPath}");
            connection.Open();
            // The registry keeps absolute paths; a model restored elsewhere is found by its file name.
            var restored = _models.ToDictionary(m => Path.GetFileName(m.To), m => m.To, StringComparer.Ordinal);
            foreach (var path in connection.Query<string>("SELECT path FROM classifier_model").ToList())
                if (restored.TryGetValue(Path.GetFileName(path), out var to) && to != path)
                    connection.Execute("UPDATE classifier_model SET path = $to WHERE path = $path", new { to, path });
        }
        return (_models.Count, _keys.Count);
    }

    private static void Add(List<(string, string)> list, string source, string target)
    {
        if (!Directory.Exists(source)) return;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            if (File.Exists(to) && StoreSnapshot.Sha256(to) != StoreSnapshot.Sha256(file))
                throw new BackupException("would_overwrite", to);
            list.Add((file, to));
        }
    }
}
