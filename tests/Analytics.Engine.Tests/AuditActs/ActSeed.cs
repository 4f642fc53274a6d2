using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;
using SkiaSharp;

namespace Analytics.Engine.Tests.AuditActs;

/// <summary>An office in Arkhangelsk with coordinates, an auditor with a ФИО, and the office-visit checklist published.</summary>
internal static class ActSeed
{
    public const double OfficeLat = 64.5393, OfficeLon = 40.5187;

    public static FormService Org(AnalyticsStore store)
    {
        using (var c = store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, time_zone, address, latitude, longitude) VALUES
                  ('C', 'company', NULL, 'ПАО «Энергосбыт»', 'Europe/Moscow', NULL, NULL, NULL),
                  ('B1', 'branch', 'C', 'Архангельский филиал', 'Europe/Moscow', NULL, NULL, NULL),
                  ('O1', 'office', 'B1', 'Центральный клиентский офис', 'Europe/Moscow', '163000, г. Архангельск, наб. Северной Двины, д. 60', 64.5393, 40.5187),
                  ('O2', 'office', 'B1', 'Клиентский офис г. Котлас', 'Europe/Moscow', 'г. Котлас, ул. Мелентьева, д. 8', 61.2528, 46.6333);
                INSERT INTO app_user (user_name, display_name, password_hash, security_stamp) VALUES
                  ('ivanova', 'Иванова Мария Петровна', '-', '-'), ('petrov', 'Петров Олег Игоревич', '-', '-');
                """);
        var forms = new FormService(store);
        var id = forms.CreateFromTemplate("office-visit", "office-visit");
        Assert.True(forms.Publish(id).Published);
        forms.AssignOffices("ivanova", ["O1", "O2"]);
        forms.AssignOffices("petrov", ["O1", "O2"]);
        return forms;
    }

    /// <summary>
    /// An audit of O1 by ivanova: every yes/no item "yes" except <paramref name="failed"/>, one photo per entry of
    /// <paramref name="photos"/> (the bytes, attached to <paramref name="photoItem"/>), started at <paramref name="start"/> (UTC) and lasting <paramref name="minutes"/>.
    /// </summary>
    public static void Audit(FormService forms, string id, DateTime start, double minutes = 35, string[]? failed = null,
        byte[][]? photos = null, double? lat = OfficeLat, double? lon = OfficeLon, string auditor = "ivanova", string office = "O1",
        string photoItem = "photo_entrance", IReadOnlyDictionary<string, AnswerValue>? extra = null)
    {
        var definition = FormTemplates.Get("office-visit")!;
        var answers = new Dictionary<string, AnswerValue>();
        foreach (var item in definition.AllItems())
        {
            if (item.Type == QuestionType.YesNoNa)
                answers[item.Code] = (failed ?? []).Contains(item.Code)
                    ? AnswerValue.Of("no") with { Note = $"Замечание к пункту {item.Code}" } : AnswerValue.Of("yes");
        }
        answers["visit_date"] = AnswerValue.Of(start.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        answers["comment"] = AnswerValue.Of("Очередь у окна 3, кондиционер не работает.");
        foreach (var (code, value) in extra ?? new Dictionary<string, AnswerValue>()) answers[code] = value;
        forms.Submit(new SubmissionRequest
        {
            Id = id, Form = "office-visit", OfficeCode = office, Source = SubmissionSource.Checklist, Auditor = auditor,
            StartedAt = start, FinishedAt = start.AddMinutes(minutes), SubmittedAt = start.AddMinutes(minutes + 1),
            Latitude = lat, Longitude = lon, Answers = answers,
            Evidence = [.. (photos ?? []).Select((p, i) => new EvidenceUpload(photoItem,
                $"{(photoItem == "photo_entrance" ? "entrance" : photoItem)}-{i + 1}.jpg", "image/jpeg", p, start.AddMinutes(2 + i)))],
        });
    }

    /// <summary>A small JPEG "photo": a sky-and-building scene tinted by <paramref name="seed"/>, so each seed has its own hash.</summary>
    public static byte[] Photo(int seed)
    {
        using var bitmap = new SKBitmap(640, 480);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x9C, 0xC4, (byte)(0xE0 + seed % 20)));
            using var paint = new SKPaint { Color = new SKColor((byte)(0x70 + seed * 13 % 80), 0x60, 0x58) };
            canvas.DrawRect(120, 160, 400, 320, paint);
            paint.Color = new SKColor(0x2E, 0x4A, 0x7A);
            canvas.DrawRect(250, 330, 140, 150, paint);
            paint.Color = SKColors.White;
            canvas.DrawRect(180, 190, 280, 50, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
