using System.Globalization;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.AuditActs;

/// <summary>Lays an <see cref="AuditAct"/> out as a document: the visit, scores, failed requirements, evidence, decision, hashes.</summary>
internal static class AuditActLayout
{
    private const string Dash = "—";

    public static ReportDocument Build(AuditAct act, IReadOnlyDictionary<string, string>? documents = null)
    {
        var finished = act.FinishedLocal ?? act.StartedLocal;
        var doc = new ReportDocument(new DocumentInfo
        {
            Title = $"Акт проверки {act.SubmissionId}",
            Author = act.AuditorName,
            Subject = $"{act.FormTitle} — {act.OfficeName}",
            Keywords = $"акт проверки; {act.OfficeCode}; {act.SubmissionSha256}",
            // The finish of the visit, not "now": the same audit always gives the same bytes.
            Created = finished is { } f ? new DateTimeOffset(DateTime.SpecifyKind(f, DateTimeKind.Unspecified), TimeSpan.Zero) : DateTimeOffset.UnixEpoch,
            Header = $"Акт проверки · {act.OfficeName} · {Time(act.FinishedLocal)}",
        });
        doc.Heading("Акт проверки клиентского офиса");
        doc.Paragraph($"{act.FormTitle} (версия {act.Version}) · проверка № {act.SubmissionId}", TextEmphasis.Muted);
        doc.Add(Pairs(
            ("Офис", act.OfficeName), ("Город", act.City ?? Dash), ("Код офиса", act.OfficeCode ?? Dash), ("Адрес", act.Address ?? Dash),
            ("Аудитор", act.AuditorName), ("Начало проверки", Time(act.StartedLocal)), ("Окончание проверки", Time(act.FinishedLocal)),
            ("Время", act.ZoneName), ("Итоговый балл", Numbers.Share(act.Score)),
            ("Решение проверяющего", Labels.Ru(Vocab.AuditReviewState, act.Review.State))));

        doc.Heading("Результаты по разделам", 2);
        doc.Add(act.Sections.Count == 0
            ? new ParagraphBlock("Форма не содержит оцениваемых разделов.") { Emphasis = TextEmphasis.Muted }
            : new TableBlock([new("Раздел", 5), new("Балл", 1.3f, TextAlign.Right), new("Оценено пунктов", 1.6f, TextAlign.Right), new("Неприменимо", 1.6f, TextAlign.Right)],
                [.. act.Sections.Select(s => (IReadOnlyList<string>)[s.Title, Numbers.Share(s.Score), Numbers.Count(s.Applicable), Numbers.Count(s.NotApplicable)])]));

        doc.Heading($"Невыполненные требования: {act.Failed.Count}", 2);
        doc.Add(act.Failed.Count == 0
            ? new ParagraphBlock("Все проверенные требования выполнены.")
            : new TableBlock([new("№", 0.5f, TextAlign.Right), new("Требование", 4.6f), new("Пункт Стандарта", 2.5f), new("Раздел", 1.7f), new("Замечание", 2.6f)],
                [.. act.Failed.Select((f, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), f.Requirement,
                    Reports.Data.Citations.Format(f.Clause, documents ?? new Reports.ReportOptions().SourceDocuments), f.Section, f.Note ?? ""])]));

        if (act.Notes.Count > 0)
        {
            doc.Heading("Замечания", 2);
            doc.Add(new TableBlock([new("Пункт", 2), new("Замечание", 4)], [.. act.Notes.Select(n => (IReadOnlyList<string>)[n.Item, n.Text])]));
        }

        doc.Heading("Подтверждение визита", 2);
        doc.Paragraph($"Расстояние от места проверки до офиса: {act.Visit.DistanceText}.");
        if (act.Visit.Flags.Count == 0) doc.Paragraph("Признаков недостоверного визита не найдено (место, повтор фото, пересечение визитов, время на пункт).");
        else foreach (var flag in act.Visit.Flags) doc.Paragraph("• " + flag.Text, TextEmphasis.Bold);

        Photos(doc, act);

        doc.Heading("Решение проверяющего", 2);
        doc.Add(Pairs(("Состояние", Labels.Ru(Vocab.AuditReviewState, act.Review.State)), ("Проверяющий", act.Review.Reviewer ?? Dash),
            ("Дата решения", Time(act.Review.DecidedLocal)), ("Комментарий", string.IsNullOrWhiteSpace(act.Review.Comment) ? Dash : act.Review.Comment!)));

        doc.Heading("Контрольные суммы", 2);
        // Upper-case hex: the shaper would join "ff" and "fi" into ligatures, and a copied hash must compare equal.
        doc.Paragraph("SHA-256 ответов проверки (канонический JSON ответов; регистр букв не важен):", TextEmphasis.Small);
        doc.Paragraph(Hex(act.SubmissionSha256), TextEmphasis.Bold);
        if (act.Photos.Count > 0 || act.Signature?.Sha256 is not null)
            doc.Add(new TableBlock([new("Файл", 1.2f), new("SHA-256", 5.2f)],
                [.. act.Photos.Select((p, i) => (IReadOnlyList<string>)[$"Фото {i + 1}", Hex(p.Sha256)]),
                 .. act.Signature?.Sha256 is { } s ? new[] { (IReadOnlyList<string>)["Подпись", Hex(s)] } : []]) { FontSize = 7.5f });

        if (act.Signature is { } sig)
        {
            if (sig.Image is { } image) doc.Add(new ImageBlock(image) { MaxHeight = 60, Caption = $"{sig.Item}: подпись аудитора, поставленная на планшете" });
            else doc.Paragraph($"{sig.Item}: подпись на планшете не поставлена.", TextEmphasis.Muted);
            doc.Add(new SignatureBlock("Аудитор", act.AuditorName, $"Дата: {Day(act.FinishedLocal)}"));
        }
        return doc;
    }

    private static void Photos(ReportDocument doc, AuditAct act)
    {
        doc.Heading($"Фотографии: {act.Photos.Count}", 2);
        if (act.Photos.Count == 0) { doc.Paragraph("Фотографии к проверке не приложены.", TextEmphasis.Muted); return; }
        doc.Add(new ImageGridBlock([.. act.Photos.Select((p, i) =>
            new GridImage(p.Content, $"Фото {i + 1} · снято {Time(p.TakenLocal)}\n{p.Item}"))]));
    }

    private static TableBlock Pairs(params (string Label, string Value)[] rows) =>
        new([new("Сведение", 1.6f), new("Значение", 4.4f)], [.. rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Value])]) { FontSize = 9 };

    private static string Time(DateTime? local) => local?.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) ?? Dash;

    private static string Hex(string sha) => sha.ToUpperInvariant();

    private static string Day(DateTime? local) => local?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? Dash;
}
