using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Data;

namespace Analytics.Engine.Reports.Annual;

public static partial class FactSections
{
    public static void MonthlyChart(ReportDocument doc, ReportFacts facts)
    {
        double? At(int year, int month) => facts.MonthlyAppeals.FirstOrDefault(m => m.Year == year && m.Month == month)?.N;
        // A running year shows its finished months only, beside the same months of the year before.
        var months = Enumerable.Range(1, facts.ThroughMonth).ToList();
        var title = facts.ThroughMonth < 12 ? $"Обращения по месяцам (завершённые месяцы: {MonthsSpan(facts.ThroughMonth)})" : "Обращения по месяцам";
        doc.Add(new ChartBlock(new ChartSpec(title, ChartKind.Bar, Ru.MonthsShort[..facts.ThroughMonth],
        [
            new ChartSeries((facts.Year - 1).ToString(Ru.Culture), months.Select(m => At(facts.Year - 1, m)).ToList()),
            new ChartSeries(facts.Year.ToString(Ru.Culture), months.Select(m => At(facts.Year, m)).ToList()),
        ]) { Counts = true }) { Height = 180 });
    }

    /// <summary>«январь–ноябрь» for months 1…<paramref name="through"/>.</summary>
    internal static string MonthsSpan(int through) =>
        through <= 1 ? Ru.MonthsNominative[0] : $"{Ru.MonthsNominative[0]}–{Ru.MonthsNominative[through - 1]}";

    /// <summary>A year column's header: the year, and the months when only part of it is compared.</summary>
    internal static string YearHeader(ReportFacts facts, int year) =>
        facts.ThroughMonth < 12 ? $"{year}, {Ru.MonthsShort[0]}–{Ru.MonthsShort[facts.ThroughMonth - 1]}" : year.ToString(Ru.Culture);

    public static void Topics(ReportDocument doc, ReportFacts facts, DynamicsConvention convention)
    {
        if (facts.Topics.Count == 0)
        {
            doc.Paragraph("Нет данных: обращений за период не зарегистрировано.");
            return;
        }
        var total = facts.Topics.Sum(t => t.Current);
        var rows = facts.Topics.Select(t => (IReadOnlyList<string>)
        [
            Ru.Topic(t.Topic), Ru.N(t.Previous), Ru.N(t.Current),
            Ru.Pct(ReportMath.Share(t.Current, total)), Ru.Change(ReportMath.Dynamics(t.Previous, t.Current, convention)),
        ]).ToList();
        doc.Add(new TableBlock(
            [new("Тематика", 3.5f), new(YearHeader(facts, facts.Year - 1), 1, TextAlign.Right), new(YearHeader(facts, facts.Year), 1, TextAlign.Right),
             new("Доля", 1, TextAlign.Right), new("Динамика", 1.2f, TextAlign.Right)], rows)
        { Caption = "Тематика обращений" });
    }

    public static void AnswerTimes(ReportDocument doc, ReportFacts facts)
    {
        var rows = facts.AnswerTimes.Where(a => a.Appeals > 0).Select(a => (IReadOnlyList<string>)
        [
            Ru.ChannelGroup(a.Group), Ru.N(a.Appeals), Ru.N(a.Answered), Ru.D(a.AvgDays),
            Ru.Pct(ReportMath.Share(a.OnTime, a.WithDeadline)), Ru.Interval(ReportMath.Wilson(a.OnTime, a.WithDeadline)),
            Ru.N(a.Late), Ru.N(a.OverdueOpen),
        ]).ToList();
        if (rows.Count == 0 && facts.OverdueFromEarlierYears == 0)
        {
            doc.Paragraph("Нет данных: обращений, поступивших в периоде, нет.");
            return;
        }
        if (rows.Count > 0)
            doc.Add(new TableBlock(
                [new("Форма", 1.2f), new("Поступило", 1, TextAlign.Right), new("Дан ответ", 1, TextAlign.Right), new("Средний срок, дн.", 1, TextAlign.Right),
                 new("В срок", 0.9f, TextAlign.Right), new("95 % интервал", 1.5f, TextAlign.Right),
                 new("С нарушением срока", 1.1f, TextAlign.Right), new("Просрочено, не закрыто", 1.1f, TextAlign.Right)], rows)
            { Caption = "Сроки ответа на обращения" });
        // Totals straight from the Engine's deadline summary: the Declaration's, /appeals' and the CLI's figure.
        var d = facts.Deadlines;
        doc.Paragraph($"Всего поступило {Ru.N(d.Appeals)}: в срок {Ru.N(d.OnTime)}, с нарушением срока {Ru.N(d.Late)}, "
            + $"просрочено и не закрыто на {Ru.Date(facts.AsOf)} — {Ru.N(d.Overdue)}; просрочено и не закрыто из прошлых лет — {Ru.N(facts.OverdueFromEarlierYears)}.");
        doc.Paragraph("Срок — по Стандарту (методика: сроки по каналу и типу потребителя, производственный календарь, продление в пределах допустимого); "
            + "календарные дни от регистрации до ответа.", TextEmphasis.Muted);
    }

    public static void Surveys(ReportDocument doc, ReportFacts facts)
    {
        if (facts.Surveys.All(s => s.N == 0))
        {
            doc.Paragraph("Нет данных: ответов на анкеты удовлетворённости (CSAT, NPS, CES) за период не поступило.");
        }
        else
        {
            var rows = facts.Surveys.Select(s => (IReadOnlyList<string>)
            [
                s.Name switch { "CSAT" => "CSAT — доля оценок 4–5 из 5", "NPS" => "NPS — индекс готовности рекомендовать", _ => "CES — усилия клиента (1–7)" },
                Ru.N(s.N), s.Value is null ? "—" : Ru.D(s.Value) + (s.Unit.Length > 0 ? " " + s.Unit : ""),
                s.Lower is { } lo && s.Upper is { } hi ? $"{Ru.D(lo)}–{Ru.D(hi)}" : "—", // as the pages write an interval
            ]).ToList();
            doc.Add(new TableBlock([new("Показатель", 3.5f), new("n", 0.8f, TextAlign.Right), new("Значение", 1, TextAlign.Right), new("95 % интервал", 1.4f, TextAlign.Right)], rows)
            { Caption = "Результаты анкетирования потребителей" });
        }
        var cc = facts.ControlCalls;
        doc.Paragraph(cc.Complaints == 0
            ? "Контрольные звонки: жалоб за период не поступило."
            : $"Контрольные звонки по жалобам: жалоб {Ru.N(cc.Complaints)}, проведено звонков {Ru.N(cc.Called)} ({Ru.Pct(ReportMath.Share(cc.Called, cc.Complaints))}), дозвон {Ru.N(cc.Reached)}; удовлетворены рассмотрением {Ru.N(cc.Satisfied)} из {Ru.N(cc.Answered)} ответивших ({Ru.Pct(ReportMath.Share(cc.Satisfied, cc.Answered))}, 95 % интервал {Ru.Interval(ReportMath.Wilson(cc.Satisfied, cc.Answered))}).");
    }

    public static void Audits(ReportDocument doc, ReportFacts facts)
    {
        if (facts.Audits.Count == 0)
        {
            doc.Paragraph("Нет данных: проверок по чек-листам (в том числе «тайный покупатель») за период не проводилось.");
            return;
        }
        var rows = facts.Audits.Select(a => (IReadOnlyList<string>)
        [
            a.Form, Ru.N(a.Audits), Ru.N(a.Offices), Ru.N(a.Checked), Ru.Pct(ReportMath.Share(a.Passed, a.Checked)),
            Ru.Interval(ReportMath.Wilson(a.Passed, a.Checked)),
        ]).ToList();
        doc.Add(new TableBlock(
            [new("Чек-лист", 2.6f), new("Проверок", 1, TextAlign.Right), new("Офисов", 0.8f, TextAlign.Right),
             new("Пунктов", 0.9f, TextAlign.Right), new("Выполнено", 1.2f, TextAlign.Right), new("95 % интервал", 1.5f, TextAlign.Right)], rows)
        { Caption = "Проверки качества обслуживания и «тайный покупатель»" });
        doc.Paragraph("Доля выполненных пунктов без весов (ответы «да/нет»; «не применимо» исключено).", TextEmphasis.Muted);
        if (facts.FailedItems.Count > 0)
            doc.Add(new TableBlock([new("Пункт чек-листа", 3), new("Не выполнен", 1, TextAlign.Right), new("Проверок", 1, TextAlign.Right)],
                facts.FailedItems.Select(f => (IReadOnlyList<string>)[facts.ItemText(f.Item), Ru.N(f.Failed), Ru.N(f.Checked)]).ToList())
            { Caption = "Наиболее частые несоответствия" });
        Photos(doc, facts);
    }

    public static void Photos(ReportDocument doc, ReportFacts facts)
    {
        for (var i = 0; i < facts.Photos.Count; i++)
        {
            var photo = facts.Photos[i];
            var when = photo.TakenAt is { } t ? ", " + Ru.Date(DateOnly.FromDateTime(t)) : "";
            doc.Add(new ImageBlock(photo.Content) { Caption = $"Фото {i + 1}. {facts.ItemText(photo.Item)} — офис {photo.Office}{when}", MaxHeight = 200 });
        }
    }

    public static void Measures(ReportDocument doc, ReportFacts facts)
    {
        var actions = facts.CorrectiveActions;
        if (actions.Count == 0)
            doc.Paragraph("Корректирующие действия: за период не зарегистрированы (нет данных).");
        else
        {
            var byStatus = actions.GroupBy(a => a.StatusRu).Select(g => $"{g.Key} — {g.Count()}");
            doc.Paragraph($"Корректирующие действия за период: {actions.Count} ({string.Join(", ", byStatus)}); просрочено на конец года: {actions.Count(a => a.OverdueAtYearEnd(facts.Year))}.");
            doc.Add(new TableBlock([new("Мероприятие", 3.6f), new("Ответственный", 1.8f), new("Срок", 1.1f), new("Статус", 1.5f)],
                actions.Select(a => (IReadOnlyList<string>)[a.Title, a.Owner, Ru.Date(DateOnly.FromDateTime(a.DueOn)), a.StatusRu]).ToList())
            { Caption = "Корректирующие действия", FontSize = 8f });
        }
        AppealMeasures(doc, facts);
    }

    public static void AppealMeasures(ReportDocument doc, ReportFacts facts)
    {
        if (facts.Measures.Count == 0)
        {
            doc.Paragraph("Меры по обращениям: за период меры не зарегистрированы (нет данных).");
            return;
        }
        var distinct = facts.Measures.Select(m => m.RegisterNo).Distinct().Count();
        doc.Paragraph($"Меры, принятые по результатам рассмотрения обращений: {Ru.N(facts.Measures.Count)} по {Ru.N(distinct)} обращениям.");
        doc.Add(new TableBlock([new("Обращение", 1.2f), new("Мера", 4), new("Выполнена", 1, TextAlign.Right)],
            facts.Measures.Take(40).Select(m => (IReadOnlyList<string>)
                [m.RegisterNo, m.Description, m.CompletedAt is { } d ? Ru.Date(DateOnly.FromDateTime(d)) : "—"]).ToList())
        { Caption = facts.Measures.Count > 40 ? "Меры по обращениям (последние 40)" : "Меры по обращениям" });
    }
}
