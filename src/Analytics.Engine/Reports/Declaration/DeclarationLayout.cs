using Analytics.Engine.Reports.Annual;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Vocabulary;

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
        doc.Paragraph($"Настоящая декларация подтверждает соответствие деятельности {d.Scope.Genitive} по обслуживанию потребителей требованиям документа «{d.StandardTitle}» ({d.StandardVersion}) по результатам самооценки за период с {Ru.Date(new DateOnly(d.Year, 1, 1))} по {Ru.Date(new DateOnly(d.Year, 12, 31))}.");

        doc.Heading("2. Область применения");
        doc.Paragraph($"Офисы обслуживания: {d.Offices.Count} (категория I — {d.Offices.Count(o => o.Category == 1)}, II — {d.Offices.Count(o => o.Category == 2)}, III — {d.Offices.Count(o => o.Category == 3)}).");
        doc.Paragraph(d.Channels.Count == 0 ? "Каналы обращений: обращений за период не зарегистрировано (нет данных)." : $"Каналы обращений, использованные в периоде: {string.Join(", ", d.Channels)}.");
        if (d.Offices.Count > 0)
            doc.Add(new TableBlock([new("Офис обслуживания", 4), new("Категория", 1, TextAlign.Center)],
                d.Offices.Select(o => (IReadOnlyList<string>)[o.Name, o.Category is { } c ? new string('I', c) : "—"]).ToList())
            { Caption = "Офисы, вошедшие в область самооценки" });

        doc.Heading("3. Метод самооценки");
        doc.Paragraph($"Самооценка проведена по стандартизированным критериям (раздел 4) на данных аналитического хранилища за {d.Year} год. " +
                      $"Статус «соответствует» — факт в пределах норматива; «частично» — отклонение не более {Ru.D(d.Facts.PartialTolerance * 100, 0)} %; «не соответствует» — большее отклонение; «нет данных» — записей нет.");
        doc.Add(new TableBlock([new("Источник данных", 2), new("Содержание", 3.5f), new("Объём выборки", 1.2f, TextAlign.Right)],
            d.Sources.Select(s => (IReadOnlyList<string>)[s.Name, s.Description, Ru.N(s.SampleSize)]).ToList())
        { Caption = "Источники данных и объём выборки" });

        doc.Heading("4. Соответствие требованиям Стандарта");
        doc.Add(new TableBlock([new("Пункт", 1.7f), new("Требование", 2.7f), new("Подтверждение", 3.6f), new("Статус", 1.4f)],
            d.Requirements.Select(r => (IReadOnlyList<string>)[Cite(r.Clause, options), r.Requirement, r.Evidence, Status(r.Status)]).ToList())
        { Caption = "Таблица соответствия: требование, подтверждение, статус", FontSize = 8f });
        Legend(doc, d, options);
        doc.Paragraph($"Итого: соответствует — {d.Requirements.Count(r => r.Status == Conformity.Conforms)}, частично — {d.Requirements.Count(r => r.Status == Conformity.Partial)}, не соответствует — {d.Requirements.Count(r => r.Status == Conformity.NotConforms)}, нет данных — {d.Requirements.Count(r => r.Status == Conformity.NoData)}.", TextEmphasis.Bold);

        if (d.Criteria.Count > 0)
        {
            doc.Heading("Критерии методики самооценки", 2);
            doc.Add(new TableBlock([new("Пункт", 1.7f), new("Критерий и норматив", 2.7f), new("Подтверждение", 3.6f), new("Статус", 1.4f)],
                d.Criteria.Select(r => (IReadOnlyList<string>)[Cite(r.Clause, options), r.Requirement, r.Evidence, Status(r.Status)]).ToList())
            { Caption = "Критерии действующей методики по данным модуля индикаторов", FontSize = 8f });
        }

        doc.Heading("5. Показатели качества обслуживания");
        // One rounding rule for the whole table: shares as percent with one decimal; the generalized indicator
        // (a sum of coefficient × outcome) with two decimals, as it is not a share.
        doc.Add(new TableBlock([new("Показатель", 2.6f), new("План", 0.9f, TextAlign.Right), new("Факт", 0.9f, TextAlign.Right), new("Итог", 2.6f)],
            d.Indicators.Select(i => (IReadOnlyList<string>)[i.Name, Ru.Pct(i.Plan), Ru.Pct(i.Fact), Outcome(i)])
                .Append([d.Generalized.Name, Ru.D(d.Generalized.Plan, 2), Ru.D(d.Generalized.Fact, 2), Outcome(d.Generalized, share: false)]).ToList())
        { Caption = "Индикаторы: план, факт, итог", EmphasizedRows = new HashSet<int> { d.Indicators.Count } });
        foreach (var note in d.Indicators.Append(d.Generalized).Select(i => i.Note).Where(n => n.Length > 0).Distinct())
            doc.Paragraph("Примечание: " + note + ".", TextEmphasis.Muted);

        doc.Heading("6. Динамика");
        foreach (var chart in d.Trends) doc.Add(new ChartBlock(chart) { Height = 185 });

        doc.Heading("7. Несоответствия и программа мероприятий по улучшению");
        var gaps = d.NonConformities.ToList();
        if (gaps.Count == 0) doc.Paragraph("Несоответствий по результатам самооценки не выявлено.");
        else doc.Add(new TableBlock([new("Пункт", 1.7f), new("Требование", 2.7f), new("Подтверждение", 3.6f), new("Статус", 1.4f)],
            gaps.Select(r => (IReadOnlyList<string>)[Cite(r.Clause, options), r.Requirement, r.Evidence, Status(r.Status)]).ToList())
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
        doc.Paragraph($"По результатам самооценки за {d.Year} год деятельность {d.Scope.Genitive} по обслуживанию потребителей " + Conclusion(d) + ".");
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
                    [new("Офис", 2.5f), new("Обращений", 1.2f, TextAlign.Right), new("Талонов", 0.9f, TextAlign.Right),
                     new("Ожид., мин", 0.9f, TextAlign.Right), new("Статус", 1.4f), new("Приём, мин", 0.9f, TextAlign.Right), new("Статус", 1.4f)],
                    offices.Select(o => (IReadOnlyList<string>)
                    [
                        o.Name, Ru.N(o.Appeals), Ru.N(o.Tickets),
                        Ru.D(o.WaitMinutes), Status(RequirementChecks.AtMost(o.WaitMinutes, d.Facts.Norms.QueueWaitMinutes, d.Facts.PartialTolerance)),
                        Ru.D(o.ServiceMinutes), Status(RequirementChecks.AtMost(o.ServiceMinutes, d.Facts.Norms.ReceptionMinutes, d.Facts.PartialTolerance)),
                    ]).ToList())
                { FontSize = 7.5f, Caption = "Офисы филиала: нагрузка и соответствие нормативам ожидания и приёма" });
        }
        if (d.Facts.Photos.Count > 0)
        {
            doc.Heading("Приложение 2. Фотоматериалы проверок");
            FactSections.Photos(doc, d.Facts);
        }
    }

    /// <summary>
    /// The conclusion states what section 7 shows: the non-conformities listed there (counted the same way), whether
    /// they are in the improvement programme only when the programme holds measures, and none claimed otherwise.
    /// </summary>
    internal static string Conclusion(DeclarationData d)
    {
        if (d.Sources.All(s => s.SampleSize == 0)) return "не может быть оценена: данных за период нет";
        var gaps = d.NonConformities.ToList();
        if (gaps.Count == 0) return "соответствует требованиям Стандарта; несоответствий не выявлено";
        var not = gaps.Count(g => g.Status == Conformity.NotConforms);
        var partial = gaps.Count - not;
        var listed = $"выявленные несоответствия ({Plural(gaps.Count)}: не соответствует — {not}, частично — {partial}) перечислены в разделе 7";
        var programme = d.Programme.Count > 0
            ? $"мероприятия по их устранению — в программе мероприятий по улучшению (раздел 7, {d.Programme.Count} мер.)"
            : "мероприятия по их устранению подлежат включению в программу мероприятий по улучшению, которая за период не сформирована";
        var verdict = not > 0 ? "соответствует требованиям Стандарта частично" : "в целом соответствует требованиям Стандарта";
        return $"{verdict}; {listed}; {programme}";
    }

    private static string Plural(int n)
    {
        var (mod10, mod100) = (n % 10, n % 100);
        var word = mod10 == 1 && mod100 != 11 ? "требование" : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "требования" : "требований";
        return $"{n} {word}";
    }

    private static string Cite(string clause, ReportOptions options) => Citations.Format(clause, options.SourceDocuments);

    /// <summary>Full titles of the documents cited by short name in sections 4 and 7.</summary>
    private static void Legend(ReportDocument doc, DeclarationData d, ReportOptions options)
    {
        var ids = d.Requirements.Concat(d.Criteria).SelectMany(r => Citations.DocumentsOf(r.Clause)).Distinct().Order(StringComparer.Ordinal)
            .Where(id => options.SourceDocuments.ContainsKey(id)).ToList();
        if (ids.Count == 0) return;
        var parts = ids.Select(id => $"«{options.SourceDocuments[id]}» — " +
            (options.SourceDocumentTitles.TryGetValue(id, out var title) && title.Length > 0 ? title : options.SourceDocuments[id]));
        doc.Paragraph("Документы, на пункты которых даны ссылки: " + string.Join("; ", parts) + ". «Методика самооценки» — собственные критерии самооценки организации.", TextEmphasis.Muted);
    }

    internal static string Status(Conformity status) => status switch
    {
        Conformity.Conforms => "соответствует",
        Conformity.Partial => "частично",
        Conformity.NotConforms => "не соответствует",
        _ => "нет данных",
    };

    /// <summary>
    /// The outcome in words with the tolerance it was judged by, never a bare −1/0/+1 — the dashboards' wording
    /// (<see cref="Numbers.Outcome"/>, one home): an indicator's band in п.п. of its share, the generalized indicator's
    /// (not a share) in % of plan.
    /// </summary>
    internal static string Outcome(IndicatorLine line, bool share = true) =>
        line.Outcome is null ? "нет данных" : Numbers.Outcome(line.Outcome, line.Tolerance ?? 0, share ? line.Plan : null, Labels.Russian);
}
