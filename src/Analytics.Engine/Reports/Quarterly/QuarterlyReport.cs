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

/// <summary>A printed figure and the number of appeals it rests on (long.MaxValue for a label, never hidden).</summary>
public sealed record Figure(string Text, long N);

/// <summary>
/// The quarterly client report for the website «Клиентам» section (003 Table 10): appeals distributed by
/// classification parameters with dynamics by category. No personal data: counts only.
/// </summary>
public static class QuarterlyReport
{
    /// <summary>The report's tables in print order: parameter code and heading (the public page uses the same list).</summary>
    public static readonly (string Code, string Title)[] Parameters =
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
        var today = Time.DisplayTime.Default.Today; // Moscow's today, not the server's
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
            doc.Add(new TableBlock(
                [.. Headers(year, quarter).Select((h, i) => i == 0 ? new TableColumn(h, 3) : new TableColumn(h, i == 2 ? 0.8f : 1, TextAlign.Right))],
                [.. Figures(code, group).Select(r => (IReadOnlyList<string>)[.. r.Select(f => f.Text)])]));
            if (code is "kind" or "channel")
                doc.Add(new ChartBlock(new ChartSpec(heading, ChartKind.Bar, group.Select(r => Label(code, r.Category)).ToList(),
                [
                    new ChartSeries($"{quarter} кв. {year - 1}", group.Select(r => (double?)r.LastYear).ToList()),
                    new ChartSeries("Пред. квартал", group.Select(r => (double?)r.Previous).ToList()),
                    new ChartSeries($"{quarter} кв. {year}", group.Select(r => (double?)r.Current).ToList()),
                ]) { Counts = true }) { Height = 170 });
        }
        return doc;
    }

    /// <summary>The column headers of every distribution table.</summary>
    public static IReadOnlyList<string> Headers(int year, int quarter) =>
        ["Категория", $"{quarter} кв. {year}", "Доля", "Пред. квартал", "Динамика", $"{quarter} кв. {year - 1}", "Динамика за год"];

    /// <summary>
    /// One table's cells, each with the number of appeals it rests on (its n): a period's counts and shares rest on that
    /// period's total of the table, a dynamics on the smaller of its two totals. The PDF prints the texts; the public
    /// page hides a cell whose n is below the minimum (<see cref="Publishing.PublicResults"/>).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Figure>> Figures(string parameter, IReadOnlyList<DistributionRow> group)
    {
        long cur = group.Sum(r => r.Current), prev = group.Sum(r => r.Previous), ly = group.Sum(r => r.LastYear);
        return [.. group.Select(r => (IReadOnlyList<Figure>)
        [
            new(Label(parameter, r.Category), long.MaxValue), new(Ru.N(r.Current), cur), new(Ru.Pct(ReportMath.Share(r.Current, cur)), cur),
            new(Ru.N(r.Previous), prev), new(Ru.Change(ReportMath.Dynamics(r.Previous, r.Current, DynamicsConvention.PercentChange)), Math.Min(prev, cur)),
            new(Ru.N(r.LastYear), ly), new(Ru.Change(ReportMath.Dynamics(r.LastYear, r.Current, DynamicsConvention.PercentChange)), Math.Min(ly, cur)),
        ])];
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
