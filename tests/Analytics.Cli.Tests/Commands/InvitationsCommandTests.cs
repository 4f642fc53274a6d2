using System.Text.Json;
using Analytics.Engine.Forms;
using Analytics.Engine.Invitations;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

public class InvitationsCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Run_PrintsTheContractJson_AndARerunAddsNothing()
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        Assert.Equal(0, Run("init", "--db", db).Code);
        using (var store = AnalyticsStore.At(db))
        {
            using (var c = store.Open())
            using (var cmd = c.CreateCommand())
            {
                cmd.CommandText = """
                    INSERT INTO org_unit (code, level, parent_code, name) VALUES ('CO', 'company', NULL, 'Компания'), ('O1', 'office', 'CO', 'Офис');
                    INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_email, channel, kind, received_at, registered_at, answered_at, status)
                    VALUES ('A-1', 'O1', 'individual', 'K1', 'a@example.ru', 'email', 'complaint', TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-10 10:00', 'answered'),
                           ('A-2', 'O1', 'individual', 'K2', 'b@example.ru', 'email', 'complaint', TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-10 10:00', 'answered');
                    INSERT INTO client_consent VALUES ('K1', TIMESTAMP '2025-01-01', 'test');
                    """;
                cmd.ExecuteNonQuery();
            }
            var forms = new FormService(store);
            forms.Publish(forms.CreateFromTemplate("client-satisfaction", "client-satisfaction"));
            new InvitationRules(store).Save(new InvitationRule("r", "После ответа", "appeal_answered", "client-satisfaction", 60, "email", []));
        }

        var first = Run("invitations", "run", "--db", db, "--as-of", "2027-03-10T12:30", "--json");
        var again = Run("invitations", "run", "--db", db, "--as-of", "2027-03-10T12:31", "--json");

        Assert.Equal(0, first.Code);
        var json = JsonDocument.Parse(first.Out).RootElement;
        // No SMTP host in the test: the invitation waits in the outbox rather than failing.
        Assert.Equal((2L, 0L, 1L, 0L), (json.GetProperty("eligible").GetInt64(), json.GetProperty("sent").GetInt64(),
            json.GetProperty("suppressed").GetInt64(), json.GetProperty("failed").GetInt64()));
        Assert.Equal(["eligible", "sent", "suppressed", "failed"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, JsonDocument.Parse(again.Out).RootElement.GetProperty("eligible").GetInt32());
    }

    /// <summary>The funnel command prints the Engine's funnel (the invitations page's figures), rule by rule.</summary>
    [Fact]
    public void Funnel_PrintsTheEnginesFunnelPerRule()
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        Assert.Equal(0, Run("init", "--db", db).Code);
        using (var store = AnalyticsStore.At(db))
        {
            using (var c = store.Open())
            using (var cmd = c.CreateCommand())
            {
                cmd.CommandText = """
                    INSERT INTO org_unit (code, level, parent_code, name) VALUES ('CO', 'company', NULL, 'Компания'), ('O1', 'office', 'CO', 'Офис');
                    INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_email, channel, kind, received_at, registered_at, answered_at, status)
                    VALUES ('A-1', 'O1', 'individual', 'K1', 'a@example.ru', 'email', 'complaint', TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-10 10:00', 'answered'),
                           ('A-2', 'O1', 'individual', 'K2', 'b@example.ru', 'email', 'complaint', TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-01 10:00', TIMESTAMP '2027-03-10 10:00', 'answered');
                    INSERT INTO client_consent VALUES ('K1', TIMESTAMP '2025-01-01', 'test');
                    """;
                cmd.ExecuteNonQuery();
            }
            var forms = new FormService(store);
            forms.Publish(forms.CreateFromTemplate("client-satisfaction", "client-satisfaction"));
            new InvitationRules(store).Save(new InvitationRule("r", "После ответа", "appeal_answered", "client-satisfaction", 60, "email", []));
        }
        Assert.Equal(0, Run("invitations", "run", "--db", db, "--as-of", "2027-03-10T12:30", "--json").Code);

        var (code, output, err) = Run("invitations", "funnel", "--db", db, "--json");

        Assert.Equal((0, ""), (code, err));
        var rule = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("rules").EnumerateArray());
        using var check = AnalyticsStore.At(db);
        var engine = Assert.Single(new InvitationFunnel(check).ByRule());
        Assert.Equal("r", rule.GetProperty("rule").GetString());
        Assert.Equal((2L, 1L, 0L), (engine.Eligible, engine.Suppressed, engine.Sent));   // K2 has no consent; no SMTP host, so none sent
        Assert.Equal((engine.Eligible, engine.Suppressed, engine.Sent, engine.Delivered, engine.Opened, engine.Started, engine.Completed, engine.Bounced, engine.OptedOut),
            (rule.GetProperty("eligible").GetInt64(), rule.GetProperty("suppressed").GetInt64(), rule.GetProperty("sent").GetInt64(),
             rule.GetProperty("delivered").GetInt64(), rule.GetProperty("opened").GetInt64(), rule.GetProperty("started").GetInt64(),
             rule.GetProperty("completed").GetInt64(), rule.GetProperty("bounced").GetInt64(), rule.GetProperty("optedOut").GetInt64()));
    }

    [Fact]
    public void Run_IsUsageError_WhenAsOfIsNotAMinute() =>
        Assert.Equal(2, Run("invitations", "run", "--db", Path.Combine(TestFolders.New(), "x.duckdb"), "--as-of", "2027-03-10").Code);
}
