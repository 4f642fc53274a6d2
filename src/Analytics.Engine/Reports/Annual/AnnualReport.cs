using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Data;

namespace Analytics.Engine.Reports.Annual;

/// <summary>
/// The annual report on work with consumers: appendix-7 table 4.1, offices and workload, phone statistics,
/// topics, answer times, surveys, audits and mystery shopping, improvement measures.
/// </summary>
public static class AnnualReport
{
    public static ReportDocument Build(ReportFacts facts, ReportOptions options, ReportPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        period ??= new ReportPeriod(facts.Year, facts.ThroughMonth, Time.DisplayTime.Default.Today);
        var date = period.DocumentDate(options.DocumentDate);
        var end = new DateOnly(facts.Year, period.ThroughMonth, 1).AddMonths(1).AddDays(-1);
        var title = period.IsDraft
            ? $"Отчёт о работе с потребителями за {period.MonthsLabel} {facts.Year} года"
            : $"Отчёт о работе с потребителями за {facts.Year} год";
        var doc = new ReportDocument(new DocumentInfo
        {
            Title = title,
            Author = facts.Scope.Name,
            Subject = $"Годовой отчёт о работе с потребителями, {facts.Scope.Name}, {facts.Year}",
            Keywords = "отчёт; обращения потребителей; приложение 7; таблица 4.1",
            Created = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Header = $"{facts.Scope.Name} · {title}" + (period.IsDraft ? " · ПРОЕКТ" : ""),
            Watermark = period.IsDraft ? "ПРОЕКТ" : "",
        });

        doc.Add(new SpacerBlock(180))
            .Add(new ParagraphBlock(facts.Scope.Name) { Align = TextAlign.Center, Size = 14, Emphasis = TextEmphasis.Bold })
            .Add(new SpacerBlock(20))
            .Add(new ParagraphBlock(title) { Align = TextAlign.Center, Size = 20, Emphasis = TextEmphasis.Bold })
            .Add(new ParagraphBlock($"Период: {Ru.Date(new DateOnly(facts.Year, 1, 1))} — {Ru.Date(end)}") { Align = TextAlign.Center })
            .Add(new SpacerBlock(260))
            .Add(new ParagraphBlock($"Дата формирования: {Ru.Date(date)}") { Align = TextAlign.Center, Emphasis = TextEmphasis.Muted })
            .PageBreak();

        if (period.IsDraft)
            doc.Paragraph($"Проект: {facts.Year} год не завершён. Отчёт охватывает завершённые месяцы ({period.MonthsLabel}); " +
                          $"сравнение с {facts.Year - 1} годом — за те же месяцы. Текущий месяц не учитывается, так как он неполный.", TextEmphasis.Bold);

        doc.Heading("1. Количество обращений потребителей");
        FactSections.Table41(doc, facts, options.Dynamics);
        FactSections.MonthlyChart(doc, facts);

        doc.Heading("2. Офисы обслуживания и их нагрузка");
        FactSections.Offices(doc, facts, options);

        doc.Heading("3. Телефонные обращения");
        FactSections.Phone(doc, facts, options);

        doc.Heading("4. Тематика обращений");
        FactSections.Topics(doc, facts, options.Dynamics);

        doc.Heading("5. Сроки ответа на обращения");
        FactSections.AnswerTimes(doc, facts);

        doc.Heading("6. Удовлетворённость потребителей");
        FactSections.Surveys(doc, facts);

        doc.Heading("7. Проверки качества и «тайный покупатель»");
        FactSections.Audits(doc, facts);

        doc.Heading("8. Мероприятия по улучшению");
        FactSections.Measures(doc, facts);
        return doc;
    }
}
