using System.Text.Json;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

public class CasesCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void List_PrintsTheContractJson_AfterARunOpensACase()
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        Assert.Equal(0, Run("init", "--db", db).Code);
        using (var store = AnalyticsStore.At(db))
        using (var c = store.Open())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = """
                INSERT INTO org_unit (code, level, parent_code, name) VALUES ('CO', 'company', NULL, 'Компания'),
                    ('B1', 'branch', 'CO', 'Филиал'), ('O1', 'office', 'B1', 'Офис');
                INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, channel, kind, poor_quality, received_at, registered_at, status)
                VALUES ('Ж-7', 'O1', 'individual', 'ЛС 1', 'in_person', 'complaint', true, TIMESTAMP '2025-03-03 09:00', TIMESTAMP '2025-03-03 09:00', 'open');
                INSERT INTO case_owner VALUES ('O1', 'orlova.tn', TIMESTAMP '2025-01-01', 'admin');
                INSERT INTO app_user (user_name, display_name, password_hash, security_stamp) VALUES ('orlova.tn', 'Орлова Татьяна Николаевна', '', 's');
                """;
            cmd.ExecuteNonQuery();
        }

        var run = Run("cases", "run", "--db", db, "--as-of", "2025-03-03T12:00", "--json");
        var open = Run("cases", "list", "--db", db, "--state", "open", "--as-of", "2025-03-04", "--json");
        var closed = Run("cases", "list", "--db", db, "--state", "closed", "--as-of", "2025-03-04", "--json");
        var overdueLater = Run("cases", "list", "--db", db, "--state", "overdue", "--as-of", "2025-04-01", "--json");

        Assert.Equal(0, run.Code);
        Assert.Equal(1, JsonDocument.Parse(run.Out).RootElement.GetProperty("opened").GetInt32());
        Assert.Equal(0, open.Code);
        var json = JsonDocument.Parse(open.Out).RootElement;
        Assert.Equal(1, json.GetProperty("count").GetInt32());
        var item = json.GetProperty("cases")[0];
        // A null field (outcome of an open case, office of a company-wide one) is left out, as in every --json output.
        Assert.Equal(["id", "kind", "trigger", "triggers", "event", "office", "branch", "owner", "ownerName", "due", "state", "status", "escalationLevel", "needsControlCall"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Орлова Татьяна Николаевна", item.GetProperty("ownerName").GetString());   // the login's ФИО (PersonNames)
        Assert.Equal(("client_case", "poor_quality_complaint", "appeal:Ж-7", "O1", "orlova.tn",
                Analytics.Engine.Calendar.ProductionCalendar.Default.AddWorkingDays(new DateOnly(2025, 3, 3), 5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "open", 0),
            (item.GetProperty("kind").GetString(), item.GetProperty("trigger").GetString(), item.GetProperty("event").GetString(),
             item.GetProperty("office").GetString(), item.GetProperty("owner").GetString(), item.GetProperty("due").GetString(),
             item.GetProperty("state").GetString(), item.GetProperty("escalationLevel").GetInt32()));
        Assert.Equal(0, JsonDocument.Parse(closed.Out).RootElement.GetProperty("count").GetInt32());
        Assert.Equal(1, JsonDocument.Parse(overdueLater.Out).RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public void Owner_SetsTheUnitsOwner_AndRejectsAnUnknownUnit()
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        Assert.Equal(0, Run("init", "--db", db).Code);
        using (var store = AnalyticsStore.At(db))
        using (var c = store.Open())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "INSERT INTO org_unit (code, level, parent_code, name) VALUES ('CO', 'company', NULL, 'Компания'), ('B1', 'branch', 'CO', 'Филиал')";
            cmd.ExecuteNonQuery();
        }

        var set = Run("cases", "owner", "--db", db, "--unit", "B1", "--owner", "sokolov.iv", "--json");
        var unknown = Run("cases", "owner", "--db", db, "--unit", "B9", "--owner", "sokolov.iv", "--json");

        Assert.Equal(0, set.Code);
        Assert.Equal("sokolov.iv", JsonDocument.Parse(set.Out).RootElement.GetProperty("owners")[0].GetProperty("owner").GetString());
        Assert.Equal(1, unknown.Code);
        Assert.Contains("B9", unknown.Err);
    }

    [Fact]
    public void List_IsUsageError_WhenTheStateIsUnknown() =>
        Assert.Equal(2, Run("cases", "list", "--db", Path.Combine(TestFolders.New(), "x.duckdb"), "--state", "stale", "--json").Code);

    [Fact]
    public void Run_IsUsageError_WhenAsOfIsNotAMinute() =>
        Assert.Equal(2, Run("cases", "run", "--db", Path.Combine(TestFolders.New(), "x.duckdb"), "--as-of", "03.03.2025").Code);
}
