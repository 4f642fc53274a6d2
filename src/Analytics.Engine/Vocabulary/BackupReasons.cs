using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Engine.Vocabulary;

/// <summary>
/// Why a snapshot cannot be written, trusted or restored (<see cref="Store.Backup.BackupException"/>): one catalogue
/// of stable codes with a Russian and an English text, joined as import reasons are (<see cref="ImportReasons"/>):
/// Russian, " / ", English — a person reads Russian, a log search in English still works. Whole numbers are grouped
/// the Russian way in the Russian half ("100 213") and the English way in the English half ("100,213").
/// </summary>
public static class BackupReasons
{
    /// <summary>Code → (Russian, English) composite formats ({0}, {1}… are the details).</summary>
    public static readonly IReadOnlyDictionary<string, (string Ru, string En)> Entries = new Dictionary<string, (string Ru, string En)>(StringComparer.Ordinal)
    {
        // Writing a snapshot.
        ["folder_not_empty"] = ("Папка резервной копии «{0}» не пуста; каждый снимок записывайте в новую папку.",
            "Backup folder '{0}' is not empty; write each snapshot to a new folder."),
        ["no_store"] = ("Хранилища {0} нет.", "No store at {0}."),
        // Reading its manifest.
        ["snapshot_folder_missing"] = ("Папки снимка «{0}» нет.", "Snapshot folder '{0}' does not exist."),
        ["not_a_snapshot"] = ("«{0}» — не снимок: в папке нет {1}.", "'{0}' is not a snapshot: {1} is missing."),
        ["manifest_not_json"] = ("{0} повреждён: это не JSON (строка {1}, {2}).", "{0} is damaged: not valid JSON (line {1}, {2})."),
        ["manifest_empty"] = ("{0} повреждён: в нём нет ни таблиц, ни версии схемы.", "{0} is damaged: it lists no tables or no schema version."),
        ["manifest_format"] = ("{0}: формат снимка {1}, а эта сборка читает формат {2}.", "{0} has snapshot format {1}; this build reads format {2}."),
        ["manifest_bad_table"] = ("{0} повреждён: у записи таблицы нет имени или контрольной суммы либо число строк отрицательное.",
            "{0} is damaged: a table entry has no name, no checksum or a negative row count."),
        ["manifest_bad_file"] = ("{0} повреждён: запись файла пуста или указывает за пределы снимка.",
            "{0} is damaged: a file entry is empty or points outside the snapshot."),
        ["manifest_no_schema"] = ("{0} в «{1}» повреждён: в нём нет schema.sql.", "{0} in '{1}' is damaged: it does not list schema.sql."),
        // Checking and loading its files.
        ["target_exists"] = ("Файл «{0}» уже существует; восстанавливайте в новый файл.", "Restore target '{0}' exists; restore into a new file."),
        ["schema_newer"] = ("Версия схемы снимка {0} новее, чем у этой сборки ({1}); восстановите его более новой версией analytics.",
            "Snapshot schema version {0} is newer than this build's ({1}); restore it with a newer analytics."),
        ["file_missing"] = ("В снимке «{1}» нет файла {0}.", "Snapshot file {0} is missing from '{1}'."),
        ["file_checksum"] = ("Файл снимка {0} не совпадает со своей контрольной суммой в {1}: он изменён или повреждён.",
            "Snapshot file {0} does not match its checksum in {1}: it was changed or damaged."),
        ["load_failed"] = ("Снимок «{0}» не загружается: {1}", "Snapshot '{0}' could not be loaded: {1}"),
        // Comparing the restored store with the manifest.
        ["table_missing"] = ("Таблицы {0} из манифеста нет в восстановленном хранилище.", "Table {0} of the manifest is missing from the restored store."),
        ["table_rows"] = ("Таблица {0}: восстановлено строк — {1}, а в манифесте — {2}.", "Table {0}: {1} rows restored, the manifest says {2}."),
        ["table_checksum"] = ("Таблица {0}: контрольная сумма содержимого не совпадает с манифестом.", "Table {0}: content checksum differs from the manifest's."),
        ["table_extra"] = ("Таблица {0} есть в снимке, но не в его манифесте.", "Table {0} is in the snapshot but not in its manifest."),
        // Putting models and keys back.
        ["would_overwrite"] = ("Восстановление заменило бы {0} другим файлом; восстановите модели и ключи в другие папки.",
            "Restore would overwrite {0} with a different file; restore the models and keys into other folders."),
        // Erasure tombstones (ADR 0021).
        ["tombstones_other_store"] = ("{0} записан другим хранилищем (соль отличается); применить его нельзя.",
            "{0} was written by another store (its salt differs); it cannot be applied."),
        ["tombstone_file_missing"] = ("Файла удалений «{0}» нет.", "Tombstone file '{0}' does not exist."),
        ["tombstones_mixed"] = ("Списки удалений из разных хранилищ (соль отличается); укажите только списки этого хранилища.",
            "The tombstone lists come from different stores (their salts differ); give only this store's lists."),
        ["tombstone_no_salt"] = ("{0} повреждён: в нём нет соли.", "{0} is damaged: it has no salt."),
        ["tombstone_bad_hash"] = ("{0} повреждён: запись — не хеш SHA-256.", "{0} is damaged: an entry is not a SHA-256 hash."),
        ["tombstone_not_json"] = ("{0} повреждён: это не JSON ({1}).", "{0} is damaged: not valid JSON ({1})."),
    };

    /// <summary>The Russian half alone, whole numbers grouped the Russian way.</summary>
    public static string Russian(string code, params object?[] details) =>
        string.Format(CultureInfo.InvariantCulture, Entries[code].Ru, [.. details.Select(d => Whole(d) is { } n ? Numbers.Count(n, Labels.Russian) : d)]);

    /// <summary>The English half alone, whole numbers grouped the English way.</summary>
    public static string English(string code, params object?[] details) =>
        string.Format(CultureInfo.InvariantCulture, Entries[code].En, [.. details.Select(d => Whole(d) is { } n ? n.ToString("#,0", CultureInfo.InvariantCulture) : d)]);

    /// <summary>The message: Russian, " / ", English.</summary>
    public static string Text(string code, params object?[] details) => Russian(code, details) + ImportReasons.Separator + English(code, details);

    private static long? Whole(object? detail) => detail switch { int i => i, long l => l, _ => null };

    private static readonly Lazy<Regex[]> Patterns = new(() => [.. Entries.Values.Select(e =>
        new Regex("^" + Regex.Replace(Regex.Escape(e.Ru), @"\\\{\d}", ".*?") + Regex.Escape(ImportReasons.Separator), RegexOptions.Singleline))]);

    /// <summary>
    /// A stored message (<c>verification.json</c>) in one language, as a page shows it: the Russian half (the English
    /// one for an English interface) of a catalogue message; a message written before the catalogue as it is.
    /// </summary>
    public static string Display(string message, CultureInfo? culture = null)
    {
        var match = Patterns.Value.Select(p => p.Match(message)).FirstOrDefault(m => m.Success);
        if (match is null) return message;
        return Labels.IsEnglish(culture ?? CultureInfo.CurrentUICulture)
            ? message[match.Length..]
            : message[..(match.Length - ImportReasons.Separator.Length)];
    }
}
