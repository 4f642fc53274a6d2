using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Cli.Bench;

/// <summary>
/// Deterministic synthetic data for the indicators benchmark, generated inside DuckDB (fast, no demo dependency):
/// 60 % appeals, 40 % answers (4 per questionnaire) over 24 months (2024–2025 unless <c>from</c> says otherwise),
/// 5 branches × 20 offices, stored in time order with register numbers assigned in registration order (as a real
/// register numbers them).
/// </summary>
internal static class BenchData
{
    public static readonly DateOnly[] AllMonths = [.. Enumerable.Range(0, 24).Select(i => new DateOnly(2024, 1, 1).AddMonths(i))];

    public static long Generate(AnalyticsStore store, double millions, DateOnly? from = null)
    {
        var start = $"TIMESTAMP '{(from ?? AllMonths[0]):yyyy-MM-dd}'";
        var appeals = (long)(millions * 600_000);
        var submissions = (long)(millions * 100_000);
        using var c = store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('CO', 'company', NULL, 'Company');
            INSERT INTO org_unit (code, level, parent_code, name) SELECT 'B' || b, 'branch', 'CO', 'Branch ' || b FROM range(5) t(b);
            INSERT INTO org_unit (code, level, parent_code, name) SELECT 'O' || o, 'office', 'B' || (o % 5), 'Office ' || o FROM range(100) t(o);
            """);
        c.Execute($"""
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, channel, kind, poor_quality,
                                received_at, registered_at, answered_at, status)
            SELECT 'A' || lpad(CAST(row_number() OVER (ORDER BY reg, i) AS VARCHAR), 10, '0'), 'O' || (i % 100), CASE WHEN i % 7 = 0 THEN 'legal' ELSE 'individual' END, 'K' || (i % 500000),
                   (['post', 'email', 'phone', 'in_person', 'internet_reception'])[1 + (i % 5)],
                   (['complaint', 'information_request', 'service_request', 'suggestion', 'review'])[1 + (i // 7 % 5)],
                   i % 11 = 0, reg, reg, CASE WHEN i % 13 = 0 THEN NULL ELSE reg + to_days(CAST(hash(i) % 40 AS INTEGER)) END,
                   CASE WHEN i % 13 = 0 THEN 'open' ELSE 'answered' END
            FROM (SELECT i, {start} + to_minutes(CAST(hash(i, 'r') % (730 * 1440) AS BIGINT)) AS reg FROM range({appeals}) t(i))
            ORDER BY reg;   -- registers arrive month by month and are numbered in order, as real registers are
            INSERT INTO appeal_measure (register_no, measure_no, completed_at)
            SELECT register_no, 1, registered_at + INTERVAL 10 DAY FROM appeal WHERE hash(register_no) % 20 = 0;
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at)
            SELECT 'S' || i, 'survey', 1, 'O' || (i % 100), 'demo', {start} + to_minutes(CAST(hash(i, 's') % (730 * 1440) AS BIGINT))
            FROM range({submissions}) t(i) ORDER BY 6;
            INSERT INTO answer (submission_id, item_code, value_num)
            SELECT 'S' || i, 'q' || k, CASE k WHEN 3 THEN hash(i, k) % 11 ELSE 1 + hash(i, k) % 5 END
            FROM range({submissions}) t(i), range(4) u(k)
            ORDER BY {start} + to_minutes(CAST(hash(i, 's') % (730 * 1440) AS BIGINT));   -- stored with their submissions
            INSERT INTO form_item_criterion VALUES ('survey', 1, 'q0', 'fb.csat', 1), ('survey', 1, 'q1', 'inf.survey_informing', 1),
                                                   ('survey', 1, 'q2', 'fb.ces', 1), ('survey', 1, 'q3', 'fb.nps', 1);
            """);
        return appeals + submissions * 4;
    }

    /// <summary>
    /// The same counts the engine computes, written by hand as one DuckDB query: deadlines inline (30 calendar days,
    /// legal written 15 working days), on-time, poor quality, measures, repeats per office × month (criterion NULL), and
    /// per office × month × criterion the survey counts (c1..c6: CSAT successes/n, promoters/NPS n, CES successes/n).
    /// A test (IndicatorsBaselineTests) checks these equal the engine's indicator_count on the bench data.
    /// </summary>
    public const string HandWrittenCounts = """
        WITH wd AS (SELECT day, wd_seq FROM calendar_day WHERE working),
        a AS (
            SELECT a.*, CAST(a.registered_at AS DATE) AS d,
                   a.consumer_type = 'legal' AND a.channel IN ('post', 'email', 'internet_reception') AS working
            FROM appeal a),
        due AS (
            SELECT a.register_no, a.office_code, a.registered_at, a.answered_at, a.poor_quality, a.kind, a.consumer_key, a.received_at,
                   CASE WHEN a.working THEN w.day ELSE a.d + 30 END AS due
            FROM a LEFT JOIN calendar_day c ON c.day = a.d LEFT JOIN wd w ON w.wd_seq = CASE WHEN a.working THEN c.wd_seq + 15 END),
        md AS (SELECT m.register_no, a.consumer_key, m.completed_at, w.day AS window_end FROM appeal_measure m JOIN appeal a USING (register_no)
               JOIN calendar_day c ON c.day = CAST(m.completed_at AS DATE) JOIN wd w ON w.wd_seq = c.wd_seq + 30),
        rep AS (SELECT DISTINCT x.register_no FROM due x JOIN md ON x.consumer_key = md.consumer_key
                WHERE x.kind = 'complaint' AND x.register_no <> md.register_no AND x.received_at > md.completed_at
                  AND CAST(x.received_at AS DATE) <= md.window_end)
        SELECT date_trunc('month', registered_at) AS month, office_code, NULL::VARCHAR AS criterion,
               count_if(CAST(answered_at AS DATE) <= due) AS c1, count_if(answered_at IS NOT NULL OR current_date > due) AS c2,
               count_if(poor_quality) AS c3, count_if(m.register_no IS NOT NULL) AS c4, count_if(rep.register_no IS NOT NULL) AS c5,
               count(*) AS c6
        FROM due LEFT JOIN (SELECT DISTINCT register_no FROM appeal_measure) m USING (register_no) LEFT JOIN rep USING (register_no)
        GROUP BY ALL
        UNION ALL
        SELECT date_trunc('month', s.submitted_at), s.office_code, s.criterion_id,
               count_if(v >= 4 AND v <= 5), count_if(v >= 1 AND v <= 5), count_if(v >= 9 AND v <= 10), count_if(v >= 0 AND v <= 10),
               count_if(v >= 5 AND v <= 7), count_if(v >= 1 AND v <= 7)
        FROM (SELECT s.submitted_at, s.office_code, f.criterion_id, a.value_num AS v FROM submission s JOIN answer a ON a.submission_id = s.id
              JOIN form_item_criterion f ON f.definition_id = s.definition_id AND f.version = s.version AND f.item_code = a.item_code) s
        GROUP BY ALL
        """;
}
