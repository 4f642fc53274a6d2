using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Reports.Quarterly;

/// <summary>Appeals of one classification parameter value in the quarter, the previous quarter and a year earlier.</summary>
public sealed class DistributionRow
{
    public string Parameter { get; set; } = "";
    public string Category { get; set; } = "";
    public long Current { get; set; }
    public long Previous { get; set; }
    public long LastYear { get; set; }
}

/// <summary>
/// The quarterly client report for the website «Клиентам» section (003 Table 10): appeals distributed by
/// classification parameters with dynamics by category. No personal data: counts only.
/// </summary>
public static class QuarterlyReport
{
    private static readonly (string Code, string Title)[] Parameters =
    [
        ("kind", "По виду обращения"), ("channel", "По форме обращения"), ("consumer", "По категории потребителя"),
        ("topic", "По тематике"), ("outcome", "По результату рассмотрения"),
        ("deadline", "По соблюдению срока ответа по Стандарту (на конец квартала)"),
    ];

    public static IReadOnlyList<DistributionRow> Gather(AnalyticsStore store, string? unitCode, int year, int quarter, out ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        using var connection = store.Open();
        scope = ReportScope.Resolve(connection, unitCode);
        scope.Apply(connection);
        var from = new DateTime(year, quarter * 3 - 2, 1);
        // Deadlines by the Engine's one definition, judged at the quarter end (today while the quarter runs).
        var quarterEnd = DateOnly.FromDateTime(from.AddMonths(3).AddDays(-1));
        var today = DateOnly.FromDateTime(DateTime.Today);
        new Compliance.AppealDeadlines(store).Prepare(connection, today < quarterEnd ? today : quarterEnd);
        return connection.Query<DistributionRow>(ReportSql.Load("Quarterly", "Distribution"), new
        {
            from, to = from.AddMonths(3), prevfrom = from.AddMonths(-3), lyfrom = from.AddYears(-1), lyto = from.AddYears(-1).AddMonths(3),
        }).ToList();
    }

    public static ReportDocument Build(ReportScope scope, IReadOnlyList<DistributionRow> rows, int year, int quarter, ReportOptions options, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        var start = new DateOnly(year, quarter * 3 - 2, 1);
        var end = start.AddMonths(3).AddDays(-1);
        var documentDate = date ?? options.DocumentDate ?? end;
        var title = $"Отчёт о работе с клиентами за {quarter} квартал {year} года";
        var doc = new ReportDocument(new DocumentInfo
        {
            Title = title,
            Author = scope.Name,
            Subject = $"Квартальный отчёт для раздела «Клиентам», {scope.Name}",
            Keywords = "отчёт о работе с клиентами; обращения; квартал",
            Created = new DateTimeOffset(documentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Header = $"{scope.Name} · {title}",
        });
        doc.Add(new ParagraphBlock(scope.Name) { Emphasis = TextEmphasis.Bold, Size = 12 })
            .Heading(title)
            .Paragraph($"Период: {Ru.Date(start)} — {Ru.Date(end)}. Сравнение с предыдущим кварталом и с {quarter} кварталом {year - 1} года. " +
                       "Динамика = (текущий − базовый) / базовый × 100 %; при нулевой базе — «—».");
        var total = rows.Where(r => r.Parameter == "kind").ToList();
        doc.Paragraph($"Всего поступило обращений: {Ru.N(total.Sum(r => r.Current))} (предыдущий квартал — {Ru.N(total.Sum(r => r.Previous))}, год назад — {Ru.N(total.Sum(r => r.LastYear))}).", TextEmphasis.Bold);
        if (total.Sum(r => r.Current + r.Previous + r.LastYear) == 0)
        {
            doc.Paragraph("Нет данных: обращений за сравниваемые периоды не зарегистрировано.");
            return doc;
        }
        foreach (var (code, heading) in Parameters)
        {
            var group = rows.Where(r => r.Parameter == code).ToList();
            doc.Heading(heading, 2);
            var sum = group.Sum(r => r.Current);
            doc.Add(new TableBlock(
                [new("Категория", 3), new($"{quarter} кв. {year}", 1, TextAlign.Right), new("Доля", 0.8f, TextAlign.Right),
                 new("Пред. квартал", 1, TextAlign.Right), new("Динамика", 1, TextAlign.Right),
                 new($"{quarter} кв. {year - 1}", 1, TextAlign.Right), new("Динамика за год", 1, TextAlign.Right)],
                group.Select(r => (IReadOnlyList<string>)
                [
                    Label(code, r.Category), Ru.N(r.Current), Ru.Pct(ReportMath.Share(r.Current, sum)), Ru.N(r.Previous),
                    Ru.Change(ReportMath.Dynamics(r.Previous, r.Current, DynamicsConvention.PercentChange)), Ru.N(r.LastYear),
                    Ru.Change(ReportMath.Dynamics(r.LastYear, r.Current, DynamicsConvention.PercentChange)),
                ]).ToList()));
            if (code is "kind" or "channel")
                doc.Add(new ChartBlock(new ChartSpec(heading, ChartKind.Bar, group.Select(r => Label(code, r.Category)).ToList(),
                [
                    new ChartSeries($"{quarter} кв. {year - 1}", group.Select(r => (double?)r.LastYear).ToList()),
                    new ChartSeries("Пред. квартал", group.Select(r => (double?)r.Previous).ToList()),
                    new ChartSeries($"{quarter} кв. {year}", group.Select(r => (double?)r.Current).ToList()),
                ])) { Height = 170 });
        }
        return doc;
    }

    private static string Label(string parameter, string category) => parameter switch
    {
        "kind" => Ru.Kind(category),
        "channel" => Ru.ChannelGroup(category),
        "consumer" => category == "legal" ? "Юридические лица" : "Физические лица",
        "deadline" => category switch
        {
            "on_time" => "Ответ в срок", "late" => "Ответ с нарушением срока", "overdue" => "Просрочено, ответа нет",
            "due_soon" => "Срок истекает в ближайшие дни", "open" => "На рассмотрении, срок не истёк", _ => "Срок не определён",
        },
        "topic" => Ru.Topic(category),
        _ => category switch
        {
            "resolved" => "Решено положительно", "explained" => "Даны разъяснения", "refused" => "Отказано",
            "tc_contract" => "Заключён договор ТП", "transmission_contract" => "Заключён договор на передачу",
            "not_reviewed" => "Оставлено без рассмотрения", "pending" => "На рассмотрении", _ => "Прочее",
        },
    };
}
