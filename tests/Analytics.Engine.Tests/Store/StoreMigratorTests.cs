using Analytics.Engine.Store;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Store;

public class StoreMigratorTests
{
    [Fact]
    public void Migrate_AppliesEveryMigration_WhenStoreIsEmpty()
    {
        using var temp = new TempStore(migrate: false);
        var migrator = new StoreMigrator(temp.Store);

        var applied = migrator.Migrate();

        Assert.Equal(StoreMigrator.All.Select(m => m.Version), applied);
        Assert.Equal(StoreMigrator.LatestVersion, migrator.CurrentVersion());
    }

    [Fact]
    public void Migrate_AppliesNothing_WhenRunTwice()
    {
        using var temp = new TempStore(migrate: false);
        var migrator = new StoreMigrator(temp.Store);
        migrator.Migrate();

        var second = migrator.Migrate();

        Assert.Empty(second);
        using var connection = temp.Store.Open();
        Assert.Equal(StoreMigrator.All.Count, connection.ExecuteScalar<long>("SELECT count(*) FROM schema_version"));
        Assert.Equal(11, connection.ExecuteScalar<long>("SELECT count(*) FROM channel"));
    }

    [Fact]
    public void CurrentVersion_IsZero_ForANewFile()
    {
        using var temp = new TempStore(migrate: false);
        Assert.Equal(0, new StoreMigrator(temp.Store).CurrentVersion());
    }
}
