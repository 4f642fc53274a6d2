using Analytics.Engine.Reports.Annual;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Data;

namespace Analytics.Engine.Reports.Declaration;

/// <summary>Lays <see cref="DeclarationData"/> out as a document; all figures come from the data, none from the store.</summary>
public static class DeclarationLayout
{
    public static ReportDocument Build(DeclarationData d, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(options);
        var title = $"Декларация о соответствии деятельности по обслуживанию потребителей требованиям Стандарта за {d.Year} год";
        var doc = new ReportDocument(new DocumentInfo
        {
            Title = title,
            Author = d.Scope.Name,
            Subject = $"Самооценка качества обслуживания потребителей, {d.Scope.Name}, {d.Year}",
            Keywords = "декларация соответствия; стандарт обслуживания; самооценка",
            Created = new DateTimeOffset(d.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Header = $"{d.Scope.Name} · Декларация о соответствии · {d.Year}",
        });
        TitlePage(doc, d, title);

        doc.Heading("1. Основание");
        doc.Paragraph($"Настоящая декларация подтверждает соответствие деятельности {d.Scope.Name} по обслуживанию потребителей требованиям документа «{d.StandardTitle}» ({d.StandardVersion}) по результатам самооценки за период с {Ru.Date(new DateOnly(d.Year, 1, 1))} по {Ru.Date(new DateOnly(d.Year, 12, 31))}.");

        doc.Heading("2. Область применения");
        doc.Paragraph($"Офисы обслуживания: {d.Offices.Count} (категория I — {d.Offices.Count(o => o.Category == 1)}, II — {d.Offices.Count(o => o.Category == 2)}, III — {d.Offices.Count(o => o.Category == 3)}).");
        doc.Paragraph(d.Channels.Count == 0 ? "Каналы обращений: обращений за период не зарегистрировано (нет данных)." : $"Каналы обращений, использованные в периоде: {string.Join(", ", d.Channels)}.");
        if (d.Offices.Count > 0)
            doc.Add(new TableBlock([new("Офис обслуживания", 4), new("Категория", 1, TextAlign.Center)],
                d.Offices.Select(o => (IReadOnlyList<string>)[o.Name, o.Category is { } c ? new string('I', c) : "—"]).ToList())
            { Caption = "Офисы, вошедшие в область самооценки" });

        doc.Heading("3. Метод самооценки");
        doc.Paragraph($"Самооценка проведена по стандартизированным критериям (раздел 4) на данных аналитического хранилища за {d.Year} год. " +
                      $"Статус «соответствует» — факт в пределах норматива; «частично» — отклонение не более {Ru.D(options.PartialTolerance * 100, 0)} %; «не соответствует» — большее отклонение; «нет данных» — записей нет.");
        doc.Add(new TableBlock([new("Источник данных", 2), new("Содержание", 3.5f), new("Объём выборки", 1.2f, TextAlign.Right)],
            d.Sources.Select(s => (IReadOnlyList<string>)[s.Name, s.Description, Ru.N(s.SampleSize)]).ToList())
        { Caption = "Источники данных и объём выборки" });

        doc.Heading("4. Соответствие требованиям Стандарта");
        doc.Add(new TableBlock([new("Пункт", 1.2f), new("Требование", 2.8f), new("Подтверждение", 3.8f), new("Статус", 1.7f)],
            d.Requirements.Select(r => (IReadOnlyList<string>)[r.Clause, r.Requirement, r.Evidence, Status(r.Status)]).ToList())
        { Caption = "Таблица соответствия: требование × подтверждение × статус", FontSize = 8f });
        doc.Paragraph($"Итого: соответствует — {d.Requirements.Count(r => r.Status == Conformity.Conforms)}, частично — {d.Requirements.Count(r => r.Status == Conformity.Partial)}, не соответствует — {d.Requirements.Count(r => r.Status == Conformity.NotConforms)}, нет данных — {d.Requirements.Count(r => r.Status == Conformity.NoData)}.", TextEmphasis.Bold);

        if (d.Criteria.Count > 0)
        {
            doc.Heading("Критерии методики самооценки", 2);
            doc.Add(new TableBlock([new("Пункт", 1.2f), new("Критерий и норматив", 2.8f), new("Подтверждение", 3.8f), new("Статус", 1.7f)],
                d.Criteria.Select(r => (IReadOnlyList<string>)[r.Clause, r.Requirement, r.Evidence, Status(r.Status)]).ToList())
            { Caption = "Критерии действующей методики по данным модуля индикаторов", FontSize = 8f });
        }

        doc.Heading("5. Показатели качества обслуживания");
        doc.Add(new TableBlock([new("Показатель", 3), new("План", 1, TextAlign.Right), new("Факт", 1, TextAlign.Right), new("Итог", 1.6f, TextAlign.Center)],
            d.Indicators.Append(d.Generalized).Select(i => (IReadOnlyList<string>)[i.Name, Value(i.Plan), Value(i.Fact), Outcome(i.Outcome)]).ToList())
        { Caption = "Индикаторы: план, факт, итог", EmphasizedRows = new HashSet<int> { d.Indicators.Count } });
        foreach (var note in d.Indicators.Append(d.Generalized).Select(i => i.Note).Where(n => n.Length > 0).Distinct())
            doc.Paragraph("Примечание: " + note + ".", TextEmphasis.Muted);

        doc.Heading("6. Динамика");
        foreach (var chart in d.Trends) doc.Add(new ChartBlock(chart) { Height = 185 });

        doc.Heading("7. Несоответствия и программа мероприятий по улучшению");
        var gaps = d.NonConformities.ToList();
        if (gaps.Count == 0) doc.Paragraph("Несоответствий по результатам самооценки не выявлено.");
        else doc.Add(new TableBlock([new("Пункт", 1.2f), new("Требование", 3), new("Подтверждение", 3.5f), new("Статус", 1.7f)],
            gaps.Select(r => (IReadOnlyList<string>)[r.Clause, r.Requirement, r.Evidence, Status(r.Status)]).ToList())
        { Caption = "Выявленные несоответствия" });
        if (d.Programme.Count == 0)
            doc.Paragraph("Программа мероприятий по улучшению: корректирующие действия за период не зарегистрированы (нет данных).");
        else
        {
            doc.Add(new TableBlock([new("Мероприятие", 3.6f), new("Подразделение", 1.2f), new("Ответственный", 1.8f), new("Срок", 1.1f), new("Статус", 1.5f)],
                d.Programme.Select(m => (IReadOnlyList<string>)[m.Title, m.Unit, m.Owner, Ru.Date(m.Due), m.Overdue ? m.Status + " (просрочено)" : m.Status]).ToList())
            { Caption = "Программа мероприятий по улучшению (корректирующие действия)", FontSize = 8f });
            doc.Paragraph($"Всего мероприятий: {d.Programme.Count}; просрочено на конец года: {d.Programme.Count(m => m.Overdue)}.");
        }
        FactSections.AppealMeasures(doc, d.Facts);

        doc.Heading("8. Заключение");
        doc.Paragraph($"По результатам самооценки за {d.Year} год деятельность {d.Scope.Name} по обслуживанию потребителей " + Conclusion(d) + ".");
        doc.Add(new SignatureBlock(d.SignatoryPosition, d.SignatoryName.Length > 0 ? d.SignatoryName : "____________________", $"Дата: {Ru.Date(d.Date)}"));

        Appendix(doc, d, options);
        return doc;
    }

    private static void TitlePage(ReportDocument doc, DeclarationData d, string title)
    {
        doc.Add(new SpacerBlock(150))
            .Add(new ParagraphBlock(d.Scope.Name) { Align = TextAlign.Center, Size = 14, Emphasis = TextEmphasis.Bold })
            .Add(new SpacerBlock(30))
            .Add(new ParagraphBlock("ДЕКЛАРАЦИЯ О СООТВЕТСТВИИ") { Align = TextAlign.Center, Size = 22, Emphasis = TextEmphasis.Bold })
            .Add(new ParagraphBlock(title) { Align = TextAlign.Center, Size = 12 })
            .Add(new SpacerBlock(12))
            .Add(new ParagraphBlock($"Стандарт: {d.StandardTitle} ({d.StandardVersion})") { Align = TextAlign.Center, Emphasis = TextEmphasis.Muted })
            .Add(new SpacerBlock(200))
            .Add(new ParagraphBlock($"{d.SignatoryPosition}\n{(d.SignatoryName.Length > 0 ? d.SignatoryName : "____________________")}") { Align = TextAlign.Right })
            .Add(new ParagraphBlock(Ru.Date(d.Date)) { Align = TextAlign.Right })
            .PageBreak();
    }

    private static void Appendix(ReportDocument doc, DeclarationData d, ReportOptions options)
    {
        doc.PageBreak().Heading("Приложение 1. Количество обращений (таблица 4.1) и показатели по подразделениям");
        FactSections.Table41(doc, d.Facts, DynamicsConvention.PercentChange);
        foreach (var (branch, chart, offices) in d.Branches)
        {
            doc.Heading(branch, 2);
            doc.Add(new ChartBlock(chart) { Height = 160 });
            if (offices.Count > 0)
                doc.Add(new TableBlock(
                    [new("Офис", 2.6f), new("Обращений", 1, TextAlign.Right), new("Талонов", 0.9f, TextAlign.Right),
                     new("Ожид., мин", 0.9f, TextAlign.Right), new("Статус", 1.5f), new("Приём, мин", 0.9f, TextAlign.Right), new("Статус", 1.5f)],
                    offices.Select(o => (IReadOnlyList<string>)
                    [
                        o.Name, Ru.N(o.Appeals), Ru.N(o.Tickets),
                        Ru.D(o.WaitMinutes), Status(RequirementChecks.AtMost(o.WaitMinutes, options.QueueWaitNormMinutes, options.PartialTolerance)),
                        Ru.D(o.ServiceMinutes), Status(RequirementChecks.AtMost(o.ServiceMinutes, options.ReceptionNormMinutes, options.PartialTolerance)),
                    ]).ToList())
                { FontSize = 7.5f, Caption = "Офисы филиала: нагрузка и соответствие нормативам ожидания и приёма" });
        }
        if (d.Facts.Photos.Count > 0)
        {
            doc.Heading("Приложение 2. Фотоматериалы проверок");
            FactSections.Photos(doc, d.Facts);
        }
    }

    private static string Conclusion(DeclarationData d)
    {
        if (d.Sources.All(s => s.SampleSize == 0)) return "не может быть оценена: данных за период нет";
        if (d.Requirements.Any(r => r.Status == Conformity.NotConforms)) return "соответствует требованиям Стандарта частично; несоответствия включены в программу мероприятий по улучшению (раздел 7)";
        if (d.Requirements.Any(r => r.Status == Conformity.Partial)) return "в целом соответствует требованиям Стандарта; отклонения в пределах допуска включены в раздел 7";
        return "соответствует требованиям Стандарта";
    }

    internal static string Status(Conformity status) => status switch
    {
        Conformity.Conforms => "соответствует",
        Conformity.Partial => "частично",
        Conformity.NotConforms => "не соответствует",
        _ => "нет данных",
    };

    private static string Value(double? value) => value is { } v ? v.ToString("0.####", Ru.Culture) : "—";

    private static string Outcome(int? outcome) => outcome switch
    {
        1 => "+1 (значительное улучшение)",
        0 => "0 (достигнут)",
        -1 => "−1 (не достигнут)",
        _ => "нет данных",
    };
}
