using Analytics.Engine.Classification;
using Analytics.Engine.Store.Backup;
using Bunit;
using Dashboard.Components.Pages.Admin;
using Dashboard.Jobs;
using Dashboard.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Components;

public class StorePageBackupTests : BunitContext
{
    private readonly TestStore _store = new();

    private string RunJob(DateTimeOffset at) => new BackupJob(_store.Store, new FixedClock(at), Options.Create(new JobsOptions()),
        Options.Create(new ClassificationOptions()), NullLogger<BackupJob>.Instance).Run(Xunit.TestContext.Current.CancellationToken).Result;

    [Fact]
    public void Render_ShowsTheLastBackup_InMoscowTime_WithItsVerification()
    {
        RunJob(new DateTimeOffset(2025, 3, 9, 22, 30, 0, TimeSpan.Zero));
        var folder = RunJob(new DateTimeOffset(2025, 3, 10, 22, 30, 0, TimeSpan.Zero));
        var manifest = BackupManifest.Read(folder);
        this.AddDashboardServices(_store.Store, "ru-RU");

        var cut = Render<StorePage>();

        var summary = cut.Find("[data-test=backup-summary]").TextContent;
        Assert.Contains("11.03.2025 01:30", summary); // 22:30 UTC is 01:30 next day in Moscow.
        Assert.Contains($"таблиц: {manifest.Tables.Count}", summary);
        Assert.Equal(folder, cut.Find("[data-test=backup-folder]").TextContent);
        var verification = cut.Find("[data-test=backup-verification]").TextContent;
        Assert.Contains("Проверена восстановлением", verification);
        Assert.Contains($"таблиц: {manifest.Tables.Count}", verification);
    }

    [Fact]
    public void Render_ShowsAFailedVerification()
    {
        var folder = RunJob(new DateTimeOffset(2025, 3, 10, 22, 30, 0, TimeSpan.Zero));
        new BackupVerification(DateTimeOffset.UtcNow, false, 0, 0, 0, "Snapshot file appeal.parquet does not match").Write(folder);
        this.AddDashboardServices(_store.Store, "en-GB");

        var cut = Render<StorePage>();

        Assert.Contains("Verification failed", cut.Find("[data-test=backup-verification]").TextContent);
        Assert.Contains("appeal.parquet", cut.Find("[data-test=backup-verification]").TextContent);
    }

    [Fact]
    public void Render_ShowsARefusedRestore_InRussian_NamingTheTable()
    {
        var folder = RunJob(new DateTimeOffset(2025, 3, 10, 22, 30, 0, TimeSpan.Zero));
        // What StoreRestore.Verify records when the manifest's row count of a table was edited.
        var refusal = new BackupException("table_rows", "appeal", 100_213L, 100_212L);
        new BackupVerification(DateTimeOffset.UtcNow, false, 0, 0, 0, refusal.Message).Write(folder);
        this.AddDashboardServices(_store.Store, "ru-RU");

        var text = Render<StorePage>().Find("[data-test=backup-verification]").TextContent;

        Assert.Contains("Таблица appeal: восстановлено строк — 100\u00A0213, а в манифесте — 100\u00A0212.", text);
        Assert.DoesNotContain("manifest says", text);
    }

    [Fact]
    public void Render_SaysNoBackupYet()
    {
        this.AddDashboardServices(_store.Store, "en-GB");
        Assert.Contains("No backup has been written yet.", Render<StorePage>().Find("[data-test=last-backup]").TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
