using Analytics.Engine.Indicators;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Indicators;

// IndicatorCounts.sql in the duckdb test shape: tiny inline rows, NULL / empty / boundary cases, expected counts.
public class IndicatorCountsSqlTests
{
    private static Dictionary<(string Month, string Unit, string Measure), (double S, long N, double? Extra)> Counts(TempStore db)
    {
        new IndicatorService(db.Store).Refresh(asOf: new DateOnly(2025, 6, 30));
        using var c = db.Store.Open();
        return c.Query<(DateTime M, string U, string Me, double S, long N, double? E)>(
                "SELECT month, unit_code, measure, successes, n, extra FROM indicator_count WHERE methodology_id = 'standard'")
            .ToDictionary(r => (r.M.ToString("yyyy-MM"), r.U, r.Me), r => (r.S, r.N, r.E));
    }

    [Fact]
    public void Counts_Empty_WhenNoInputs()
    {
        using var db = new TempStore();
        Assert.Empty(Counts(db));
    }

    [Fact]
    public void Counts_SplitMonthsAtMidnight_AndTreatNullPoorQualityAsNo()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "J", "O1", "2025-01-31 23:59:59", answered: "2025-02-01 10:00", poorQuality: true);
        Seed.Appeal(db.Store, "F1", "O1", "2025-02-01 00:00:00", answered: "2025-02-02 10:00", poorQuality: null);
        Seed.Appeal(db.Store, "F2", "O1", "2025-02-03 00:00:00");                     // open, due 2025-03-05, past due on 06-30

        var c = Counts(db);

        Assert.Equal((1.0, 1L, (double?)null), c[("2025-01", "O1", "appeals.poorQuality")]);
        Assert.Equal((0.0, 2L, (double?)null), c[("2025-02", "O1", "appeals.poorQuality")]);
        Assert.Equal((1.0, 2L, (double?)null), c[("2025-02", "O1", "appeals.onTime")]);
    }

    [Fact]
    public void Counts_QueueWaitAtExactly20Minutes_IsWithinNorm_AndUncalledTicketExcluded()
    {
        using var db = new TempStore();
        Seed.Sql(db.Store, """
            INSERT INTO queue_visit (office_code, ticket, issued_at, called_at, finished_at) VALUES
              ('O1', 'A1', '2025-03-03 09:00', '2025-03-03 09:20', '2025-03-03 09:35'),
              ('O1', 'A2', '2025-03-03 09:00', '2025-03-03 09:20:01', '2025-03-03 09:40'),
              ('O1', 'A3', '2025-03-03 09:00', NULL, NULL)
            """);

        var c = Counts(db);

        Assert.Equal((1.0, 2L, (double?)2401), c[("2025-03", "O1", "queue.waitWithinNorm")]);
        Assert.Equal((1.0, 2L, (double?)(900 + 1199)), c[("2025-03", "O1", "queue.receptionWithinNorm")]);
        Assert.Equal((1.0, 2L, (double?)(2100 + 2400)), c[("2025-03", "O1", "queue.totalWithinNorm")]);
    }

    [Fact]
    public void Counts_CallsFromIntervalsAndRecords_AddUp()
    {
        using var db = new TempStore();
        Seed.Sql(db.Store, """
            INSERT INTO call_interval (center_code, interval_start, interval_minutes, offered, answered, abandoned, answered_in_norm)
            VALUES ('CC', '2025-04-01 09:00', 30, 10, 8, 2, 7), ('CC', '2025-04-01 09:30', 30, 5, 5, 0, NULL);
            INSERT INTO call_record (call_id, center_code, started_at, wait_seconds, answered) VALUES
              ('c1', 'CC', '2025-04-02 10:00', 40, true), ('c2', 'CC', '2025-04-02 10:01', 41, true), ('c3', 'CC', '2025-04-02 10:02', NULL, false)
            """);

        var c = Counts(db);

        // The interval without an answered-in-norm count cannot be judged: left out of the share, counted as not comparable.
        Assert.Equal((8.0, 13L, (double?)null), c[("2025-04", "CC", "calls.answeredWithinNorm")]);
        Assert.Equal((5.0, 1L, (double?)null), c[("2025-04", "CC", "calls.notComparable")]);
        Assert.Equal((3.0, 18L, (double?)null), c[("2025-04", "CC", "calls.abandoned")]);
    }

    [Fact]
    public void Counts_RepeatDissatisfaction_OnlyWithin30WorkingDaysAfterMeasure()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "P", "O1", "2025-01-09 10:00", answered: "2025-01-15 10:00", consumerKey: "K");
        Seed.Measure(db.Store, "P", 1, "2025-01-20 12:00");   // Mon; 30 working days later = Mon 2025-03-03 (no weekday holiday in Feb 2025)
        Seed.Appeal(db.Store, "IN", "O1", "2025-03-03 10:00", consumerKey: "K");
        Seed.Appeal(db.Store, "OUT", "O1", "2025-03-04 10:00", consumerKey: "K");
        Seed.Appeal(db.Store, "INFO", "O1", "2025-02-05 10:00", consumerKey: "K", kind: "information_request");

        var c = Counts(db);

        Assert.Equal(1.0, c[("2025-03", "O1", "appeals.repeatDissatisfaction")].S);
        Assert.Equal(0.0, c[("2025-02", "O1", "appeals.repeatDissatisfaction")].S);
        Assert.Equal((1.0, 1L, (double?)null), c[("2025-01", "O1", "appeals.withMeasures")]);
    }

    [Fact]
    public void Counts_FormMeasures_ExcludeNotApplicableAndNull()
    {
        using var db = new TempStore();
        Seed.Sql(db.Store, """
            INSERT INTO form_item_criterion VALUES ('chk', 1, 'q1', 'exec.office_visit', 2), ('chk', 1, 'q2', 'exec.office_visit', 1);
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ('s1', 'chk', 1, 'O1', 'checklist', '2025-05-05 10:00');
            INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES ('s1', 'q1', 1, false), ('s1', 'q2', 0, false);
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ('s2', 'chk', 1, 'O1', 'checklist', '2025-05-06 10:00');
            INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES ('s2', 'q1', 0, true), ('s2', 'q2', NULL, false);
            -- Checklist audits count once approved (ADR 0022); these two are, so the counts are about N/A and NULL only.
            INSERT INTO audit_review VALUES ('s1', 1, 'approved', 'reviewer', '2025-05-07 10:00', NULL), ('s2', 1, 'approved', 'reviewer', '2025-05-07 10:00', NULL);
            """);

        var c = Counts(db);

        Assert.Equal((2.0, 2L, (double?)3), c[("2025-05", "O1", "forms.checklist:exec.office_visit")]);
    }

    [Fact]
    public void Counts_ControlCallsWithOnlyNullSatisfaction_AreZeroNotNull()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "A", "O1", "2025-02-03 10:00", answered: "2025-02-04 10:00");
        Seed.Sql(db.Store, """
            INSERT INTO control_call (register_no, called_at, reached, satisfied) VALUES
              ('A', '2025-02-10 10:00', false, NULL), ('A', '2025-02-11 10:00', true, NULL)
            """);

        Assert.Equal((0.0, 0L, (double?)null), Counts(db)[("2025-02", "O1", "controlCalls.satisfied")]);
    }
}
