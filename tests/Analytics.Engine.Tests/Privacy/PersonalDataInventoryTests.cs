using Analytics.Engine.Audit;
using Analytics.Engine.Privacy;
using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Privacy;

/// <summary>
/// #21: every text and binary column of a migrated store is classified once, in the Engine's
/// <see cref="PersonalDataInventory"/>; a consumer's personal columns are reached by the erasure, free text by the
/// erasure or a retention setting, and every retention setting names real columns.
/// </summary>
public class PersonalDataInventoryTests
{
    private static List<(string Table, string Column)> StoreColumns(TempStore s)
    {
        using var c = s.Store.Open();
        return [.. c.Query<(string, string)>("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema
            WHERE t.table_type = 'BASE TABLE' AND c.table_catalog = current_database() AND c.table_schema = 'main'
              AND (c.data_type = 'VARCHAR' OR c.data_type = 'BLOB')
            ORDER BY 1, 2
            """)];
    }

    [Fact]
    public void EveryTextAndBinaryColumn_IsClassified_AndNoEntryIsStale()
    {
        using var s = new TempStore();
        var columns = StoreColumns(s);
        Assert.True(columns.Count > 200, $"{columns.Count} columns");

        var unclassified = columns.Where(x => PersonalDataInventory.Of(x.Table, x.Column) is null).Select(x => $"{x.Table}.{x.Column}");
        Assert.Empty(unclassified);
        var stale = PersonalDataInventory.All.Where(e => !columns.Contains((e.Table, e.Column))).Select(e => $"{e.Table}.{e.Column}");
        Assert.Empty(stale);
        var twice = PersonalDataInventory.All.GroupBy(e => $"{e.Table}.{e.Column}").Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(twice);
    }

    [Fact]
    public void ConsumersPersonalColumns_AreErased_FreeTextIsErasedOrExpires()
    {
        using var s = new TempStore();
        IReadOnlySet<string> scrubbed;
        using (var c = s.Store.Open())
            scrubbed = ErasureScrub.Columns(c, null).Select(x => $"{x.Table}.{x.Column}").ToHashSet();
        bool Erased(InventoryColumn e) => ErasureCore.Replaced.Contains($"{e.Table}.{e.Column}") || scrubbed.Contains($"{e.Table}.{e.Column}");

        var personal = PersonalDataInventory.All.Where(e => e is { Class: DataClass.Personal, Staff: false }).ToList();
        Assert.True(personal.Count >= 12, $"{personal.Count} personal columns");
        Assert.Empty(personal.Where(e => !Erased(e)).Select(e => $"{e.Table}.{e.Column}"));
        var free = PersonalDataInventory.All.Where(e => e.Class == DataClass.FreeText).ToList();
        Assert.Empty(free.Where(e => !Erased(e) && e.Retention.Count == 0).Select(e => $"{e.Table}.{e.Column}"));
        // The erasure's own list names only real, classified personal or free-text columns.
        Assert.All(ErasureCore.Replaced, name =>
        {
            var parts = name.Split('.');
            Assert.True(PersonalDataInventory.Of(parts[0], parts[1]) is { Class: not DataClass.NotPersonal }, name);
        });
    }

    [Fact]
    public void RetentionSettings_AreRealSettings_AndEachCoversAColumn()
    {
        var named = PersonalDataInventory.All.SelectMany(e => e.Retention).ToHashSet();
        foreach (var name in named)
        {
            var (type, property) = name.Contains(':') ? (typeof(AuditOptions), name.Split(':')[1]) : (typeof(RetentionOptions), name);
            Assert.True(type.GetProperty(property)?.PropertyType == typeof(int), $"@{name} is not a setting");
        }
        var settings = typeof(RetentionOptions).GetProperties().Where(p => p.PropertyType == typeof(int)).Select(p => p.Name);
        Assert.All(settings, p => Assert.Contains(p, named));
    }
}
