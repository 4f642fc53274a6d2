using Dapper;
using Dashboard.Jobs;
using DuckDB.NET.Data;

namespace Dashboard.Tests.Jobs;

public class BackupJobTests
{
    [Fact]
    public async Task Run_WritesParquetThatRestoresEveryRow()
    {
        using var f = new JobFixture();
        f.AddAppeal("A-1", "O01", new DateTime(2025, 3, 11));
        f.Options.BackupFolder = Path.Combine(Path.GetDirectoryName(f.Store.FilePath)!, "bk");

        var folder = await f.Backup().Run(TestContext.Current.CancellationToken);

        Assert.NotEmpty(Directory.GetFiles(folder, "*.parquet"));
        var restored = Path.Combine(Path.GetDirectoryName(f.Store.FilePath)!, "restored.duckdb");
        BackupJob.Restore(folder, restored);
        using var c = new DuckDBConnection($"Data Source={restored}");
        c.Open();
        Assert.Equal(4L, c.ExecuteScalar<long>("SELECT count(*) FROM org_unit"));
        Assert.Equal("A-1", c.ExecuteScalar<string>("SELECT register_no FROM appeal"));
        Assert.Equal(f.Scalar<long>("SELECT max(version) FROM schema_version"), c.ExecuteScalar<long>("SELECT max(version) FROM schema_version"));
    }

    [Fact]
    public async Task Run_KeepsOnlyTheConfiguredNumberOfBackups()
    {
        using var f = new JobFixture();
        f.Options.BackupFolder = Path.Combine(Path.GetDirectoryName(f.Store.FilePath)!, "bk");
        f.Options.BackupKeep = 2;
        var job = f.Backup();
        var ct = TestContext.Current.CancellationToken;

        string? newest = null;
        for (var night = 0; night < 3; night++)
        {
            newest = await job.Run(ct);
            f.Clock.Now = f.Clock.Now.AddDays(1);
        }

        Assert.Equal(2, job.List().Count);
        Assert.Equal(newest, job.List()[0]);
    }

    [Fact]
    public void Restore_Refuses_WhenTargetExists()
    {
        using var f = new JobFixture();
        Assert.Throws<IOException>(() => BackupJob.Restore(Path.GetTempPath(), f.Store.FilePath));
    }
}
