using System.Text.Json;
using Analytics.Engine.Access;
using Analytics.Engine.Compliance;
using Analytics.Engine.Demo;
using Analytics.Engine.Indicators;
using Analytics.Engine.Queries;
using Analytics.Engine.Queries.Records;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

/// <summary>
/// The same deadline figure everywhere, on a demo store: for one branch and the year 2025 judged at its end, the
/// overdue, on-time and late appeals agree between the Engine's summary, the indicator engine, the records behind a
/// number, <c>analytics appeals due --year</c>, the Declaration's data and the annual report's data; appeals still
/// overdue from 2024 are named apart in both reports.
/// </summary>
public class OneDeadlineFigureTests
{
    private static readonly DateOnly YearEnd = new(2025, 12, 31);
    private readonly string _db = Path.Combine(TestFolders.New(), "demo.duckdb");

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static int Run(out string output, params string[] args)
    {
        var stdout = new StringWriter();
        var code = CliApp.Run(args, stdout, new StringWriter());
        output = stdout.ToString();
        return code;
    }

    [Fact]
    public void OverdueOnTimeAndLate_AreTheSameOnEverySurface_ForABranchAndYear()
    {
        string branch;
        using (var store = AnalyticsStore.At(_db))
        {
            new StoreMigrator(store).Migrate();
            new DemoGenerator().Generate(store, new DemoOptions { Scale = 0.02, Seed = 11, Today = new DateOnly(2026, 3, 10) }, ct: TestContext.Current.CancellationToken);
            using (var c = store.Open())
            using (var command = c.CreateCommand())
            {
                command.CommandText = "SELECT code FROM org_unit WHERE level = 'branch' ORDER BY code LIMIT 1";
                branch = (string)command.ExecuteScalar()!;
                // One 2024 appeal of the branch left unanswered: overdue at the end of 2025, but not a 2025 appeal.
                command.CommandText = $"""
                    INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, answered_at, status)
                    SELECT 'OLD-2024', code, 'individual', 'post', 'complaint', '2024-06-03 10:00', '2024-06-03 10:00', NULL, 'open'
                    FROM org_unit WHERE parent_code = '{branch}' AND level = 'office' ORDER BY code LIMIT 1
                    """;
                Assert.Equal(1, command.ExecuteNonQuery());
                // The demo answers every appeal; three of the branch's June appeals are left open, so overdue is not zero.
                command.CommandText = $"""
                    UPDATE appeal SET answered_at = NULL, status = 'in_progress'
                    WHERE register_no IN (SELECT a.register_no FROM appeal a JOIN org_unit o ON o.code = a.office_code
                                          WHERE o.parent_code = '{branch}' AND a.received_at >= '2025-06-01' AND a.received_at < '2025-07-01'
                                          ORDER BY a.register_no LIMIT 3)
                    """;
                Assert.Equal(3, command.ExecuteNonQuery());
            }

            var engine = new AppealDeadlines(store).Summary(YearEnd,
                new AppealScope { From = new DateOnly(2025, 1, 1), To = YearEnd, Branch = branch });
            Assert.True(engine.Overdue > 0 && engine.OnTime > 0 && engine.Late > 0, $"demo data too thin: {engine}");

            // Indicator engine: exec.appeals_on_time over the year's months, n = on time + late + overdue.
            var indicators = new IndicatorService(store);
            indicators.Refresh(asOf: YearEnd);
            var criterion = indicators.Compute(new IndicatorQuery
            {
                Level = OrgLevel.Branch, Granularity = Granularity.Year, From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 1),
            }).Rows.Single(r => r.UnitCode == branch).Indicators.SelectMany(i => i.Criteria).Single(c => c.CriterionId == "exec.appeals_on_time");
            Assert.Equal(engine.OnTime + engine.Late + engine.Overdue, criterion.N);
            Assert.Equal(engine.OnTime, (long)Math.Round(criterion.Value!.Value * criterion.N));

            // Records behind the number, judged on the same day.
            var records = new RecordsQuery(store, new Clock(new DateTimeOffset(2025, 12, 31, 9, 0, 0, TimeSpan.Zero)), [new AppealRecords(store)]);
            long Records(string state) => records.Load("appeals", new QueryFilter(new DateOnly(2025, 1, 1), YearEnd, Branch: branch),
                new Dictionary<string, string> { ["state"] = state }, BranchScope.Company, key => key)!.Total;
            Assert.Equal((engine.Overdue, engine.OnTime, engine.Late), (Records("overdue"), Records("on-time"), Records("late")));

            // Annual report's data and the Declaration's data.
            var facts = ReportFacts.Gather(store, branch, 2025, new ReportOptions());
            Assert.Equal(engine, facts.Deadlines);
            Assert.Equal((engine.Overdue, engine.OnTime, engine.Late),
                (facts.AnswerTimes.Sum(a => a.OverdueOpen), facts.AnswerTimes.Sum(a => a.OnTime), facts.AnswerTimes.Sum(a => a.Late)));
            Assert.Equal(1, facts.OverdueFromEarlierYears);
            var declaration = new DeclarationBuilder(store, new ReportOptions(), new PlanTableIndicatorSource()).Build(branch, 2025);
            var evidence = declaration.Requirements.Single(r => r.Requirement == "Ответ на обращения в срок, установленный Стандартом").Evidence;
            Assert.Contains($"В срок {Ru.N(engine.OnTime)} из {Ru.N(engine.OnTime + engine.Late + engine.Overdue)}", evidence);
            Assert.Contains($"с нарушением срока {Ru.N(engine.Late)}; просрочено и не закрыто на 31.12.2025: {Ru.N(engine.Overdue)}", evidence);
            Assert.Contains("просрочено и не закрыто из прошлых лет: 1", evidence);
        }

        // The CLI, in its own process' way: a fresh open of the same file.
        Assert.Equal(0, Run(out var output, "appeals", "due", "--as-of", "2025-12-31", "--year", "2025", "--branch", branch, "--db", _db, "--json"));
        var json = JsonDocument.Parse(output).RootElement;
        using var again = AnalyticsStore.At(_db);
        var expected = new AppealDeadlines(again).Summary(YearEnd, new AppealScope { From = new DateOnly(2025, 1, 1), To = YearEnd, Branch = branch });
        Assert.Equal((expected.Overdue, expected.OnTime, expected.Late),
            (json.GetProperty("overdue").GetInt64(), json.GetProperty("onTime").GetInt64(), json.GetProperty("late").GetInt64()));
    }
}
