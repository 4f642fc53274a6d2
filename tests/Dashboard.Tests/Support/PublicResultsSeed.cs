using Dapper;

namespace Dashboard.Tests.Support;

/// <summary>An organisation and appeals for the public results page (host and browser tests).</summary>
public static class PublicResultsSeed
{
    /// <summary>B1 (office O11): 40 appeals in 2025 Q3, 10 in Q2, 35 in 2024 Q3; B2 (O21): 3 in 2025 Q3.</summary>
    public static void Seed(Analytics.Engine.Store.AnalyticsStore store)
    {
        using var c = store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('ARH', 'company', NULL, 'ПАО «Архэнергосбыт»'),
              ('B1', 'branch', 'ARH', 'Филиал Архангельский'), ('B2', 'branch', 'ARH', 'Филиал Северный'),
              ('O11', 'office', 'B1', 'Офис № 11'), ('O21', 'office', 'B2', 'Офис № 21');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, status)
            SELECT 'Q3-' || i, 'O11', CASE WHEN i % 4 = 0 THEN 'legal' ELSE 'individual' END, CASE WHEN i % 3 = 0 THEN 'phone' ELSE 'email' END,
                   CASE WHEN i % 5 = 0 THEN 'complaint' ELSE 'information_request' END,
                   TIMESTAMP '2025-07-01 10:00' + INTERVAL (i) DAY, TIMESTAMP '2025-07-01 10:00' + INTERVAL (i) DAY, 'open'
            FROM range(40) t(i);
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, status)
            SELECT 'Q2-' || i, 'O11', 'individual', 'email', 'complaint', TIMESTAMP '2025-04-02 10:00' + INTERVAL (i) DAY, TIMESTAMP '2025-04-02 10:00' + INTERVAL (i) DAY, 'open'
            FROM range(10) t(i);
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, status)
            SELECT 'LY-' || i, 'O11', 'individual', 'phone', CASE WHEN i % 2 = 0 THEN 'complaint' ELSE 'review' END,
                   TIMESTAMP '2024-07-02 10:00' + INTERVAL (i) DAY, TIMESTAMP '2024-07-02 10:00' + INTERVAL (i) DAY, 'open'
            FROM range(35) t(i);
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, status)
            SELECT 'S-' || i, 'O21', 'individual', 'email', 'complaint', TIMESTAMP '2025-08-02 10:00', TIMESTAMP '2025-08-02 10:00', 'open'
            FROM range(3) t(i);
            """);
    }
}
