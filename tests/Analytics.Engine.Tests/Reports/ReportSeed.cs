using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Tests.Reports;

/// <summary>
/// A small store whose report figures are counted by hand in the tests: company C → branches B1 (offices O1, O2)
/// and B2 (office O3); appeals in 2024 and 2025 across channels; queue, calls, control calls, survey answers.
/// </summary>
internal static class ReportSeed
{
    public static void Fill(AnalyticsStore store)
    {
        using var c = store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name, category) VALUES
              ('C', 'company', NULL, 'ПАО «Энергосбыт»', NULL),
              ('B1', 'branch', 'C', 'Северный филиал', NULL),
              ('B2', 'branch', 'C', 'Южный филиал', NULL),
              ('O1', 'office', 'B1', 'Офис «Центральный»', 1),
              ('O2', 'office', 'B1', 'Офис «Заречный»', 2),
              ('O3', 'office', 'B2', 'Офис «Южный»', 3);
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, topic, received_at, registered_at, due_at, answered_at, status, outcome) VALUES
              ('A1', 'O1', 'individual', 'in_person', 'complaint', 'Расчёты и оплата', '2024-03-01 10:00', '2024-03-01 10:00', '2024-03-31', '2024-03-10', 'answered', 'explained'),
              ('A2', 'O1', 'individual', 'phone', 'information_request', 'Информация', '2024-05-01 11:00', '2024-05-01 11:00', NULL, '2024-05-01 11:05', 'answered', 'explained'),
              ('A3', 'O1', 'individual', 'in_person', 'complaint', 'Расчёты и оплата', '2025-02-01 09:00', '2025-02-01 09:00', '2025-03-03', '2025-02-20', 'settled', 'resolved'),
              ('A4', 'O2', 'legal', 'email', 'complaint', 'Отключения и качество электроэнергии', '2025-04-01 09:00', '2025-04-01 09:00', '2025-05-01', '2025-05-10', 'answered', 'explained'),
              ('A5', 'O2', 'legal', 'email', 'service_request', 'Технологическое присоединение', '2025-06-01 09:00', '2025-06-01 09:00', '2025-06-30', '2025-06-05', 'answered', 'tc_contract'),
              ('A6', 'O3', 'individual', 'post', 'information_request', 'Информация', '2025-07-01 09:00', '2025-07-01 09:00', '2025-07-31', NULL, 'open', NULL),
              ('A7', 'O1', 'individual', 'personal_account', 'complaint', NULL, '2025-12-30 09:00', '2025-12-30 09:00', '2026-01-29', '2026-01-05', 'answered', 'explained');
            INSERT INTO appeal_measure VALUES ('A3', 1, 'Перерасчёт платы за декабрь', '2025-02-15', NULL);
            INSERT INTO control_call (register_no, called_at, reached, satisfied) VALUES
              ('A3', '2025-02-25 10:00', true, true),
              ('A4', '2025-05-15 10:00', false, NULL);
            INSERT INTO queue_visit (office_code, ticket, issued_at, called_at, finished_at) VALUES
              ('O1', 'A001', '2025-03-03 09:00', '2025-03-03 09:10', '2025-03-03 09:25'),
              ('O1', 'A002', '2025-03-03 10:00', '2025-03-03 10:30', '2025-03-03 10:40');
            INSERT INTO call_interval (center_code, interval_start, interval_minutes, offered, answered, abandoned, answered_in_norm, wait_seconds_total, handle_seconds_total) VALUES
              ('CC', '2025-01-10 09:00', 60, 100, 90, 10, 80, 1800, 9000);
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
              ('S1', 'Q', 1, 'O1', 'online', '2025-03-01'), ('S2', 'Q', 1, 'O1', 'online', '2025-03-02'),
              ('S3', 'Q', 1, 'O2', 'online', '2025-03-03'), ('S4', 'Q', 1, 'O3', 'online', '2025-03-04');
            INSERT INTO answer (submission_id, item_code, value_num) VALUES
              ('S1', 'nps', 10), ('S2', 'nps', 9), ('S3', 'nps', 5), ('S4', 'nps', 7),
              ('S1', 'csat', 5), ('S2', 'csat', 4), ('S3', 'csat', 2);
            INSERT INTO corrective_action (source_kind, source_ref, title, office_code, branch_code, owner, due_on, status, created_at, created_by) VALUES
              ('complaint', 'A4', 'Сократить сроки ответа на письменные обращения', 'O2', 'B1', 'Начальник отдела по работе с клиентами', '2025-09-30', 'in_progress', '2025-05-12', 'test'),
              ('other', 'X1', 'Старое мероприятие вне периода', 'O3', 'B2', 'Иванов', '2024-06-30', 'done', '2024-01-10', 'test');
            """);
    }
}
