using System.Text.Json;
using Analytics.Engine.Compliance;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

/// <summary><c>analytics appeals due</c>: the contract's JSON, the Engine's figure, a copied methodology, bad input.</summary>
public class AppealsCommandTests
{
    private readonly string _db = Path.Combine(TestFolders.New(), "s.duckdb");

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private AnalyticsStore Seed()
    {
        var store = AnalyticsStore.At(_db);
        new StoreMigrator(store).Migrate();
        using var c = store.Open();
        using var command = c.CreateCommand();
        command.CommandText = """
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
                ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, answered_at, status) VALUES
                ('P1', 'O01', 'individual', 'post',  'complaint', '2025-03-03 10:00', '2025-03-03 10:00', NULL, 'open'),
                ('P2', 'O01', 'legal',      'email', 'complaint', '2025-03-04 10:00', '2025-03-04 10:00', NULL, 'open'),
                ('P3', 'O01', 'individual', 'post',  'complaint', '2025-03-05 10:00', '2025-03-05 10:00', '2025-03-20 10:00', 'answered'),
                ('P4', 'O01', 'legal',      'email', 'complaint', '2025-03-05 10:00', '2025-03-05 10:00', '2025-05-20 10:00', 'answered'),
                ('S1', 'O01', 'individual', 'post',  'complaint', '2025-11-28 10:00', '2025-11-28 10:00', NULL, 'open'),
                ('X1', 'O21', 'individual', 'post',  'complaint', '2025-03-03 10:00', '2025-03-03 10:00', NULL, 'open');
            """;
        command.ExecuteNonQuery();
        return store;
    }

    [Fact]
    public void Due_PrintsTheContractsJson_EqualToTheEngine_ForABranch()
    {
        using (var store = Seed())
        {
            var engine = new AppealDeadlines(store).Summary(new DateOnly(2025, 12, 26), new AppealScope { Branch = "B01" });
            Assert.Equal((2L, 1L, 1L, 1L), (engine.Overdue, engine.DueSoon, engine.OnTime, engine.Late));
        }

        var (code, output, err) = Run("appeals", "due", "--as-of", "2025-12-26", "--branch", "B01", "--db", _db, "--json");

        Assert.Equal((0, ""), (code, err));
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["overdue", "dueSoon", "onTime", "late"], json.EnumerateObject().Select(p => p.Name));
        // S1 (28.11.2025 + 30 days = 28.12.2025) is due within 3 working days of Fri 26.12.2025.
        Assert.Equal((2, 1, 1, 1), (json.GetProperty("overdue").GetInt32(), json.GetProperty("dueSoon").GetInt32(),
            json.GetProperty("onTime").GetInt32(), json.GetProperty("late").GetInt32()));
    }

    [Fact]
    public void Due_MovesWithACopiedMethodology()
    {
        using (var store = Seed())
            new MethodologyRepository(store).Copy(MethodologyRepository.DefaultId, MethodologyRepository.DefaultId, m => m with
            {
                Norms = m.Norms with
                {
                    Deadlines = [.. m.Norms.Deadlines.Select(d => d.Channels.Contains("post") && d.ConsumerType == "*" ? d with { Days = 700 } : d)],
                },
            });

        var (code, output, _) = Run("appeals", "due", "--as-of", "2025-12-26", "--branch", "B01", "--month", "2025-03", "--db", _db, "--json");

        Assert.Equal(0, code);
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("overdue").GetInt32());   // only P2 (e-mail, 15 working days)
    }

    [Theory]
    [InlineData("--as-of", "26.12.2025")]
    [InlineData("--branch", "NOPE")]
    public void Due_ExitsTwo_OnBadInput(string option, string value)
    {
        using (Seed()) { }
        string[] args = option == "--as-of"
            ? ["appeals", "due", "--as-of", value, "--db", _db]
            : ["appeals", "due", "--as-of", "2025-12-26", option, value, "--db", _db];

        var (code, _, err) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains(value, err);
    }
}
