using System.Text.Json;
using Analytics.Engine.AuditPlans;
using Analytics.Engine.AuditReview;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

/// <summary><c>analytics audit coverage --year Y --quarter Q --json</c>: the contract's object, the engine's figures.</summary>
public class AuditCoverageCommandTests
{
    private static string Seeded()
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        using var store = AnalyticsStore.At(db);
        new StoreMigrator(store).Migrate();
        using (var c = store.Open())
        using (var command = c.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO org_unit (code, level, parent_code, name) VALUES ('B1', 'branch', NULL, 'Филиал'), ('O1', 'office', 'B1', 'Офис 1'), ('O2', 'office', 'B1', 'Офис 2');
                INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('chk', 'checklist', 'visit', 'Посещение', '{}');
                INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
                  ('a', 'chk', 1, 'O1', 'checklist', '2025-01-20 09:00'), ('b', 'chk', 1, 'O1', 'checklist', '2025-03-10 09:00');
                """;
            command.ExecuteNonQuery();
        }
        var plans = new AuditPlanService(store);
        plans.Create(new AuditPlanInput("O1", "chk", Recurrence.Monthly, new DateOnly(2025, 1, 1)), "quality");
        plans.Create(new AuditPlanInput("O2", "chk", Recurrence.Quarterly, new DateOnly(2025, 1, 1)), "quality");
        new AuditReviewService(store).Approve("a", "quality");
        new AuditReviewService(store).Approve("b", "quality");
        return db;
    }

    [Fact]
    public void Json_HasTheContractFields_AndTheEngineFigures()
    {
        var db = Seeded();
        var stdout = new StringWriter();
        Assert.Equal(0, CliApp.Run(["audit", "coverage", "--year", "2025", "--quarter", "1", "--db", db, "--json"], stdout, new StringWriter()));

        var json = JsonDocument.Parse(stdout.ToString()).RootElement;
        // O1: January done (a), February missed, March done (b); O2 missed.
        using var store = AnalyticsStore.At(db);
        var engine = new AuditCoverage(store).Quarter(2025, 1);
        Assert.Equal((4, 2, 0, 2), (engine.Planned, engine.Done, engine.Late, engine.Missed));
        Assert.Equal((engine.Planned, engine.Done, engine.Late, engine.Missed),
            (json.GetProperty("planned").GetInt32(), json.GetProperty("done").GetInt32(), json.GetProperty("late").GetInt32(), json.GetProperty("missed").GetInt32()));
        Assert.Equal(["O1", "O2"], json.GetProperty("offices").EnumerateArray().Select(o => o.GetProperty("office").GetString()));
    }

    [Fact]
    public void BadQuarter_IsAUsageError()
    {
        var db = Seeded();
        var stderr = new StringWriter();
        Assert.Equal(2, CliApp.Run(["audit", "coverage", "--year", "2025", "--quarter", "5", "--db", db], new StringWriter(), stderr));
        Assert.Contains("--quarter", stderr.ToString());
    }
}
