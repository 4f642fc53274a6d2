using Dapper;
using Analytics.Engine.Store.Backup;
using Dashboard.Jobs;
using DuckDB.NET.Data;

namespace Dashboard.Tests.Jobs;

public class BackupJobTests
{
    [Fact]
    public async Task Run_WritesTheEngineSnapshot_VerifiedByARestore()
    {
        using var f = new JobFixture();
        f.AddAppeal("A-1", "O01", new DateTime(2025, 3, 11));
        var root = Path.GetDirectoryName(f.Store.FilePath)!;
        f.Options.BackupFolder = Path.Combine(root, "bk");
        f.Classification.ModelPath = Directory.CreateDirectory(Path.Combine(root, "models")).FullName;
        File.WriteAllText(Path.Combine(f.Classification.ModelPath, "topic-v1.zip"), "model");
        Directory.CreateDirectory(Path.Combine(root, "keys"));
        File.WriteAllText(Path.Combine(root, "keys", "key-1.xml"), "<key/>");

        var folder = await f.Backup().Run(TestContext.Current.CancellationToken);

        // The same manifest the CLI's snapshot writes of the same store.
        var job = BackupManifest.Read(folder);
        var cli = new StoreSnapshot(f.Store) { ModelPath = f.Classification.ModelPath }.Write(Path.Combine(root, "cli"), TestContext.Current.CancellationToken);
        Assert.Equal(cli.Tables, job.Tables);
        Assert.Equal(cli.SchemaVersion, job.SchemaVersion);
        Assert.Equal(cli.Files.Select(x => x.Path), job.Files.Select(x => x.Path));
        // Same bytes for every data, model and key file (load.sql names its own folder, so it differs by path).
        Assert.Equal(cli.Files.Where(x => x.Path != "load.sql").Select(x => x.Sha256), job.Files.Where(x => x.Path != "load.sql").Select(x => x.Sha256));
        Assert.Equal(1, job.Models);
        Assert.Equal(1, job.Keys);
        Assert.Equal(f.Clock.Now, job.CreatedAt);

        var verification = BackupVerification.TryRead(folder)!;
        Assert.True(verification.Verified, verification.Error);
        Assert.Equal(job.Rows, verification.Rows);

        var restored = Path.Combine(root, "restored.duckdb");
        Assert.True(StoreRestore.Restore(folder, restored).Verified);
        using var c = new DuckDBConnection($"Data Source={restored}");
        c.Open();
        Assert.Equal("A-1", c.ExecuteScalar<string>("SELECT register_no FROM appeal"));
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
}

public class BackupOnStorePageTests
{
    [Fact]
    public async Task AdminStorePage_OnTheRealHost_ShowsTheJobsLastBackupVerified()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new Dashboard.Tests.Support.DashboardFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var folder = await factory.Service<BackupJob>().Run(ct);
        using var admin = await Dashboard.Tests.Support.SignInClient.SignedIn(factory, "admin", Dashboard.Tests.Support.DashboardFactory.AdminPassword);

        var html = await admin.GetStringAsync("/admin/store", ct);

        Assert.Contains(folder, html);
        Assert.Contains("Проверена восстановлением", html);
        Assert.Contains($"таблиц: {BackupManifest.Read(folder).Tables.Count}", html);
    }
}
