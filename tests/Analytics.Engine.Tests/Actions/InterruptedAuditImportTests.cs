using System.Text;
using Analytics.Engine.Actions;
using Analytics.Engine.AuditReview;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.AuditActs;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Actions;

// A cancelled audits import (#16, ADR 0034): the audits of its committed batches get the action step a completed
// import gives them (re-audit verification with review off), at once; re-importing the file afterwards completes the
// rest and repeats nothing — the committed audits come back as duplicates, so they could never reach the step again.
public class InterruptedAuditImportTests
{
    private static readonly DateTime March = new(2026, 3, 12, 7, 5, 0, DateTimeKind.Utc);
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 4, 3, 9, 0, 0, TimeSpan.Zero));
    private static readonly AuditsOptions ReviewOff = new() { RequireReview = false };
    private const string Header = "id,definition_id,version,office_code,source,auditor,started_at,submitted_at,dress,clean";

    // Re-audits of O1 and O2 in the first batch; more in the tail that a cancelled run never reaches.
    private static readonly string[] Head =
    [
        "IMP-1,office-visit,1,O1,checklist,petrov,2026-04-02 08:00:00,2026-04-02 08:40:00,yes,no",
        "IMP-2,office-visit,1,O2,checklist,petrov,2026-04-02 11:00:00,2026-04-02 11:40:00,no,yes",
    ];
    private static readonly string[] Tail =
    [
        "IMP-3,office-visit,1,O1,checklist,petrov,2026-04-20 08:00:00,2026-04-20 08:40:00,yes,yes",
        "IMP-4,office-visit,1,O2,checklist,petrov,2026-04-20 11:00:00,2026-04-20 11:40:00,yes,yes",
    ];

    /// <summary>
    /// March audits of O1 (dress, clean failed) and O2 (dress failed) with their actions open, as the Audits page opens
    /// them; the imported April audits are their re-audits.
    /// </summary>
    private static void Seed(TempStore db)
    {
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", March, failed: ["dress", "clean"]);
        ActSeed.Audit(forms, "A-2", March, office: "O2", failed: ["dress"]);
        var actions = new AuditItemActions(db.Store, ReviewOff, Clock);
        Assert.Equal(2, actions.OpenAll("A-1", "smirnova", "petrov").Count);
        Assert.Single(actions.OpenAll("A-2", "smirnova", "petrov"));
    }

    /// <summary>
    /// The head rows, then enough rows of the wrong width (rejected) that a run cancelled at its first commit stops
    /// before the tail: the importer checks the token every 1 024 rows, and a batch waits for the one before it.
    /// </summary>
    private static string File(TempStore db, string name, bool full)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in Head) text.Append(row).Append('\n');
        if (full)
        {
            for (var i = 0; i < 6_000; i++) text.Append("filler-").Append(i).Append('\n');
            foreach (var row in Tail) text.Append(row).Append('\n');
        }
        var path = Path.Combine(db.Directory_, name);
        System.IO.File.WriteAllText(path, text.ToString());
        return path;
    }

    private static readonly ImportOptions Batches = new() { BatchSize = 1_000 };

    private static ImportService Importer(TempStore db, AuditsOptions? audits = null) => new(db.Store, audits: audits ?? ReviewOff);

    private static void ImportCancelledAtFirstCommit(TempStore db, string path, AuditsOptions? audits = null)
    {
        using var cts = new CancellationTokenSource();
        var ex = Assert.ThrowsAny<OperationCanceledException>(() =>
            Importer(db, audits).Import(ImportKind.Responses, path, Batches, new CancelOnFirstReport(cts), cts.Token));
        Assert.IsType<ImportInterruptedException>(ex);
    }

    /// <summary>Every action with its status and verification, and every history entry — what a duplicate would show.</summary>
    private static List<string> ActionsAndHistory(TempStore db)
    {
        using var c = db.Store.Open();
        return [.. c.Query<string>("""
            SELECT a.source_ref || ' ' || a.status || ' ' || coalesce(a.verification_ref, '-') FROM corrective_action a
            UNION ALL
            SELECT a.source_ref || ' #' || e.seq || ' ' || coalesce(e.from_status, '-') || '→' || e.to_status || ' ' || coalesce(e.note, '')
            FROM corrective_action_event e JOIN corrective_action a ON a.id = e.action_id
            ORDER BY 1
            """)];
    }

    private static long Count(TempStore db, string sql)
    {
        using var c = db.Store.Open();
        return c.ExecuteScalar<long>(sql);
    }

    [Fact]
    public void CancelledImport_GivesItsStoredAudits_TheActionStepOfACompleteImport()
    {
        using var cancelled = new TempStore();
        Seed(cancelled);

        ImportCancelledAtFirstCommit(cancelled, File(cancelled, "audits.csv", full: true));

        Assert.Equal("interrupted", Scalar(cancelled, "SELECT status FROM import_run"));
        Assert.Equal(2, Count(cancelled, "SELECT count(*) FROM submission WHERE import_id IS NOT NULL")); // IMP-1, IMP-2 only
        using var complete = new TempStore();
        Seed(complete);
        var summary = Importer(complete).Import(ImportKind.Responses, File(complete, "audits.csv", full: false), Batches,
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(2, summary.Stored);

        var actions = ActionsAndHistory(cancelled);
        Assert.Equal(ActionsAndHistory(complete), actions);
        // What the step did: IMP-1 passed O1's dress (verified), failed clean again (note); IMP-2 failed O2's dress again.
        Assert.Contains("A-1/dress verified IMP-1", actions);
        Assert.Contains(actions, a => a.StartsWith("A-1/clean #", StringComparison.Ordinal) && a.Contains("IMP-1") && a.Contains("снова не выполнен"));
        Assert.Contains(actions, a => a.StartsWith("A-2/dress #", StringComparison.Ordinal) && a.Contains("IMP-2") && a.Contains("снова не выполнен"));
        Assert.DoesNotContain(actions, a => a.Contains("IMP-3") || a.Contains("IMP-4"));
    }

    [Fact]
    public void ReimportAfterACancelledImport_CompletesTheActions_WithoutRepeatingAny()
    {
        using var db = new TempStore();
        Seed(db);
        var path = File(db, "audits.csv", full: true);
        ImportCancelledAtFirstCommit(db, path);
        var afterCancel = ActionsAndHistory(db);

        var again = Importer(db).Import(ImportKind.Responses, path, Batches, cancellationToken: TestContext.Current.CancellationToken);
        var third = Importer(db).Import(ImportKind.Responses, path, Batches, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((2, 2), (again.Stored, again.Duplicates));       // the tail is new; the head was committed before
        Assert.Equal((0, 4), (third.Stored, third.Duplicates));
        var actions = ActionsAndHistory(db);
        Assert.Equal(actions.Distinct().Count(), actions.Count);
        // Nothing the cancelled run wrote into the histories is redone or lost.
        Assert.All(afterCancel.Where(e => e.Contains(" #", StringComparison.Ordinal)), entry => Assert.Contains(entry, actions));
        // IMP-3 verifies O1's clean, IMP-4 O2's dress: every March action is verified once, by its re-audit.
        Assert.Contains("A-1/dress verified IMP-1", actions);
        Assert.Contains("A-1/clean verified IMP-3", actions);
        Assert.Contains("A-2/dress verified IMP-4", actions);
        Assert.Equal(3, Count(db, "SELECT count(*) FROM corrective_action"));
        Assert.Equal(1, Count(db, "SELECT count(*) FROM corrective_action_event WHERE note LIKE '%IMP-1%снова%'"));
        Assert.Equal(1, Count(db, "SELECT count(*) FROM corrective_action_event WHERE note LIKE '%IMP-2%снова%'"));
        Assert.Equal(3, Count(db, "SELECT count(*) FROM corrective_action_event WHERE to_status = 'verified'"));
        Assert.Equal(2, Count(db, "SELECT count(*) FROM import_audit_step"));                       // the cancelled run and the re-run
    }

    [Fact]
    public void ARunWhoseStepNeverRan_IsSettledByTheNextImport_EvenWhenItsAuditsAreDuplicates()
    {
        using var db = new TempStore();
        Seed(db);
        var head = File(db, "head.csv", full: false);
        // A run whose audits never got their step (its process died after the commit): imported without the step.
        new ImportService(db.Store).Import(ImportKind.Responses, head, Batches, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(0, Count(db, "SELECT count(*) FROM corrective_action WHERE status = 'verified'"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM import_audit_step"));

        var again = Importer(db).Import(ImportKind.Responses, head, Batches, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((0, 2), (again.Stored, again.Duplicates));
        Assert.Equal("verified IMP-1", Scalar(db, "SELECT status || ' ' || verification_ref FROM corrective_action WHERE source_ref = 'A-1/dress'"));
        Assert.Equal(1, Count(db, "SELECT count(*) FROM corrective_action_event WHERE note LIKE '%IMP-2%снова%'"));
        Assert.Equal(1, Count(db, "SELECT count(*) FROM import_audit_step"));   // the first run; the re-run stored no audits
    }

    [Fact]
    public void CancelledImport_UnderReview_LeavesActionsToApproval_AsACompleteImportDoes()
    {
        using var db = new TempStore();
        Seed(db);
        var reviewOn = new AuditsOptions();
        ImportCancelledAtFirstCommit(db, File(db, "audits.csv", full: true), reviewOn);

        Assert.Equal(0, Count(db, "SELECT count(*) FROM corrective_action WHERE status = 'verified'"));
        new AuditReviewService(db.Store, reviewOn, Clock).Approve("IMP-1", "kuznetsova");
        Assert.Equal("verified IMP-1", Scalar(db, "SELECT status || ' ' || verification_ref FROM corrective_action WHERE source_ref = 'A-1/dress'"));
    }

    [Fact]
    public void Migration034_CountsCompletedRunsAsSettled_AndLeavesInterruptedOnesToTheNextImport()
    {
        using var db = TempStore.Before(34);
        using (var c = db.Store.Open())
            c.Execute("""
                INSERT INTO import_run (id, kind, file_name, status, finished_at) VALUES
                  (1, 'responses', 'done.csv', 'completed', TIMESTAMP '2026-03-01 10:00:00'),
                  (2, 'responses', 'cut.csv', 'interrupted', TIMESTAMP '2026-03-02 10:00:00'),
                  (3, 'responses', 'broken.csv', 'failed', TIMESTAMP '2026-03-03 10:00:00')
                """);

        new Analytics.Engine.Store.StoreMigrator(db.Store).Migrate();

        Assert.Equal("1", Scalar(db, "SELECT string_agg(import_id::VARCHAR, ',') FROM import_audit_step"));
    }

    private static string? Scalar(TempStore db, string sql)
    {
        using var c = db.Store.Open();
        return c.ExecuteScalar<string?>(sql);
    }

    /// <summary>Cancels when the first batch is reported committed (reports come from the merging thread, synchronously).</summary>
    private sealed class CancelOnFirstReport(CancellationTokenSource cts) : IProgress<string>
    {
        public void Report(string value) => cts.Cancel();
    }
}
