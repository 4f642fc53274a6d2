using Analytics.Engine.Store;
using Dapper;
using SkiaSharp;

namespace Analytics.Cli.Bench;

/// <summary>
/// A deterministic demo organisation for the PDF benchmark, generated inside DuckDB from hashes of row numbers:
/// a company, 5 branches, <c>offices</c> offices, two years of appeals, queue tickets, call-centre intervals,
/// control calls, survey answers and checklist audits with a few photos.
/// </summary>
internal static class PdfBenchData
{
    public static void Fill(AnalyticsStore store, int offices, int year)
    {
        using var c = store.Open();
        c.Execute(Signed("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'ПАО «Демоэнерго»');
            INSERT INTO org_unit (code, level, parent_code, name)
              SELECT 'B' || i, 'branch', 'C', ['Северный', 'Южный', 'Западный', 'Восточный', 'Центральный'][i] || ' филиал' FROM range(1, 6) t(i);
            INSERT INTO org_unit (code, level, parent_code, name, category)
              SELECT 'O' || i, 'office', 'B' || (i % 5 + 1), 'Офис обслуживания № ' || i, (i % 3 + 1)::TINYINT FROM range(1, $offices + 1) t(i);
            """), new { offices });
        c.Execute(Signed("""
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, topic, received_at, registered_at, due_at, answered_at, executor, status, outcome)
            SELECT 'R' || i, 'O' || (hash(i) % $offices + 1),
                   CASE WHEN hash(i, 1) % 5 = 0 THEN 'legal' ELSE 'individual' END,
                   ['in_person', 'phone', 'email', 'post', 'personal_account', 'internet_reception', 'client_mailbox'][hash(i, 2) % 7 + 1],
                   ['complaint', 'suggestion', 'review', 'information_request', 'service_request'][hash(i, 3) % 5 + 1],
                   ['Отключения и качество электроэнергии', 'Расчёты и оплата', 'Учёт и показания', 'Технологическое присоединение', 'Договоры', 'Обслуживание', 'Информация', 'Прочее'][hash(i, 4) % 8 + 1],
                   d, d, d + INTERVAL 30 DAY,
                   CASE WHEN hash(i, 5) % 20 = 0 THEN NULL ELSE d + to_days((hash(i, 6) % 35)::INTEGER) END,
                   CASE WHEN hash(i, 7) % 50 = 0 THEN NULL ELSE 'Исполнитель ' || hash(i, 8) % 40 END,
                   CASE WHEN hash(i, 5) % 20 = 0 THEN 'open' ELSE 'answered' END,
                   CASE WHEN hash(i, 5) % 20 = 0 THEN NULL WHEN hash(i, 9) % 10 = 0 THEN 'tc_contract' ELSE 'explained' END
            FROM (SELECT i, make_timestamp($year - 1, 1, 1, 8, 0, 0) + to_seconds((hash(i, 10) % (730 * 86400))::BIGINT) AS d
                  FROM range(1, $offices * 120 + 1) t(i));
            INSERT INTO queue_visit (office_code, ticket, issued_at, called_at, finished_at)
            SELECT 'O' || (i % $offices + 1), 'T' || i, t, t + to_seconds((hash(i) % 2400)::BIGINT), t + to_seconds((hash(i) % 2400 + 300 + hash(i, 1) % 900)::BIGINT)
            FROM (SELECT i, make_timestamp($year, 1, 1, 9, 0, 0) + to_seconds((hash(i, 2) % (364 * 86400))::BIGINT) AS t FROM range(1, $offices * 150 + 1) r(i));
            INSERT INTO call_interval (center_code, interval_start, interval_minutes, offered, answered, abandoned, answered_in_norm, wait_seconds_total, handle_seconds_total)
            SELECT 'C', make_timestamp($year, 1, 1, 0, 0, 0) + to_hours(h), 60, 40 + hash(h) % 30, least(40 + hash(h) % 30, 38 + hash(h) % 25), 2 + hash(h, 1) % 5, least(30 + hash(h) % 20, 40 + hash(h) % 30, 38 + hash(h) % 25),
                   (38 + hash(h) % 25) * (20 + hash(h, 2) % 40), (38 + hash(h) % 25) * 240.0
            FROM range(0, 365 * 24) t(h);
            INSERT INTO control_call (register_no, called_at, reached, satisfied)
            SELECT register_no, received_at + INTERVAL 20 DAY, hash(register_no) % 5 <> 0, hash(register_no, 1) % 4 <> 0
            FROM appeal WHERE kind = 'complaint' AND hash(register_no, 2) % 3 <> 0;
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at)
            SELECT 'S' || i, 'Q', 1, 'O' || (i % $offices + 1), 'online', make_timestamp($year, 1, 1, 12, 0, 0) + to_days((i % 360)::INTEGER) FROM range(1, 3001) t(i);
            INSERT INTO answer (submission_id, item_code, value_num)
            SELECT 'S' || i, 'nps', (hash(i) % 11)::DOUBLE FROM range(1, 3001) t(i)
            UNION ALL SELECT 'S' || i, 'csat', (hash(i, 1) % 5 + 1)::DOUBLE FROM range(1, 3001) t(i)
            UNION ALL SELECT 'S' || i, 'ces', (hash(i, 2) % 7 + 1)::DOUBLE FROM range(1, 3001) t(i);
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at)
            SELECT 'K' || i, 'MS', 1, 'O' || (i % $offices + 1), 'checklist', make_timestamp($year, 2, 1, 12, 0, 0) + to_days((i % 300)::INTEGER) FROM range(1, 201) t(i);
            INSERT INTO answer (submission_id, item_code, value_num)
            SELECT 'K' || i, 'item_' || j, CASE WHEN hash(i, j) % 9 = 0 THEN 0 ELSE 1 END FROM range(1, 201) t(i), range(1, 31) u(j);
            INSERT INTO appeal_measure (register_no, measure_no, description, completed_at)
            SELECT register_no, 1, 'Проведена разъяснительная работа с сотрудниками офиса', answered_at
            FROM appeal WHERE kind = 'complaint' AND answered_at IS NOT NULL AND hash(register_no, 3) % 10 = 0;
            """), new { offices, year });
        for (var i = 1; i <= 4; i++)
            c.Execute("INSERT INTO evidence (id, submission_id, item_code, file_name, content_type, size_bytes, width, height, sha256, taken_at, content) " +
                      "VALUES ($id, $sub, 'item_3', $file, 'image/jpeg', $size, 800, 600, $sha, $taken, $content)",
                new { id = "E" + i, sub = "K" + i, file = $"photo{i}.jpg", size = 0L, sha = "-", taken = new DateTime(year, 3, i), content = Photo(i) });
    }

    /// <summary>DuckDB's hash is UBIGINT; list indexes and intervals want BIGINT, so every hash is folded into BIGINT range.</summary>
    private static string Signed(string sql) =>
        System.Text.RegularExpressions.Regex.Replace(sql, @"hash\(([^()]*)\)", "(hash($1) % 1000000007)::BIGINT");

    /// <summary>A JPEG with gradients and shapes, roughly the size of a resized phone photo.</summary>
    private static byte[] Photo(int seed)
    {
        using var surface = SKSurface.Create(new SKImageInfo(800, 600));
        var canvas = surface.Canvas;
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(800, 600),
            [new SKColor((byte)(40 * seed), 120, 200), new SKColor(230, (byte)(50 * seed), 90)], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, 800, 600, paint);
        var random = new Random(seed);
        using var dot = new SKPaint { IsAntialias = true };
        for (var k = 0; k < 400; k++)
        {
            dot.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 160);
            canvas.DrawCircle(random.Next(800), random.Next(600), random.Next(3, 30), dot);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
