using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Data;

namespace Analytics.Engine.Reports.Annual;

/// <summary>
/// Tables and charts built from <see cref="ReportFacts"/>, shared by the annual report and the Declaration.
/// Each writer prints an explicit «нет данных» line when its source holds nothing for the period.
/// </summary>
public static partial class FactSections
{
    private static readonly (string Code, string Label)[] Table41Rows =
    [
        ("all", "Обращения потребителей — всего"),
        ("complaint", "в том числе обращения, содержащие жалобу"),
        ("service_request", "в том числе обращения, содержащие заявку на оказание услуг"),
        ("contract", "Обращения, завершившиеся заключением договора ТП или договора оказания услуг по передаче"),
        ("complaint_settled", "Жалобы, урегулированные в отчётном периоде"),
    ];

    public static void Table41(ReportDocument doc, ReportFacts facts, DynamicsConvention convention)
    {
        var (prev, cur) = (facts.Year - 1, facts.Year);
        var rows = new List<IReadOnlyList<string>>();
        var emphasized = new HashSet<int>();
        var index = 1;
        foreach (var (code, label) in Table41Rows)
        {
            emphasized.Add(rows.Count);
            rows.Add(Row($"{index}. {label}", "Всего", facts.Cell(code, null, prev), facts.Cell(code, null, cur)));
            foreach (var group in Ru.ChannelGroups)
                rows.Add(Row("", Ru.ChannelGroup(group), facts.Cell(code, group, prev), facts.Cell(code, group, cur)));
            index++;
        }
        doc.Add(new TableBlock(
            [new("Показатель", 4.2f), new("Форма обращения", 1.6f), new($"{YearHeader(facts, prev)} (N−1)", 1.1f, TextAlign.Right),
             new($"{YearHeader(facts, cur)} (N)", 1.1f, TextAlign.Right), new("Динамика изменения показателя, %", 1.6f, TextAlign.Right)], rows)
        {
            Caption = "Таблица 4.1. Информация о количестве обращений потребителей",
            EmphasizedRows = emphasized,
        });
        doc.Paragraph(ReportMath.DynamicsLabel(convention) + " Строки 1–4 — по дате поступления обращения; строка 5 — по дате ответа (урегулирования).", TextEmphasis.Muted);

        IReadOnlyList<string> Row(string label, string channel, long p, long c) =>
            [label, channel, Ru.N(p), Ru.N(c), Ru.Change(ReportMath.Dynamics(p, c, convention))];
    }

    public static void Offices(ReportDocument doc, ReportFacts facts, ReportOptions options)
    {
        if (facts.Offices.Count == 0)
        {
            doc.Paragraph("Нет данных: в хранилище нет офисов обслуживания в выбранном периметре.");
            return;
        }
        var rows = facts.Offices.Select(o => (IReadOnlyList<string>)
        [
            o.Name, o.Category is { } c ? new string('I', c) : "—", Ru.N(o.AppealsPrev), Ru.N(o.Appeals),
            Ru.N(o.Tickets), Ru.D(o.WaitMinutes), Ru.D(o.ServiceMinutes), Ru.Pct(ReportMath.Share(o.WithinNorm, o.Called)),
        ]).ToList();
        doc.Add(new TableBlock(
            [new("Офис", 3.2f), new("Кат.", 0.6f, TextAlign.Center), new($"Обращ. {YearHeader(facts, facts.Year - 1)}", 1, TextAlign.Right),
             new($"Обращ. {YearHeader(facts, facts.Year)}", 1, TextAlign.Right), new("Талонов ЭО", 1, TextAlign.Right),
             new("Ожид., мин", 0.9f, TextAlign.Right), new("Приём, мин", 0.9f, TextAlign.Right),
             new($"Ожид. ≤ {Ru.D(facts.Norms.QueueWaitMinutes, 0)} мин", 1.1f, TextAlign.Right)], rows)
        {
            Caption = "Офисы обслуживания и их нагрузка",
            FontSize = 8f,
        });
        doc.Paragraph($"Ожидание — от выдачи талона до вызова, приём — от вызова до завершения; нормативы: ожидание {Ru.D(facts.Norms.QueueWaitMinutes, 0)} мин, приём {Ru.D(facts.Norms.ReceptionMinutes, 0)} мин (средние).", TextEmphasis.Muted);
    }

    public static void Phone(ReportDocument doc, ReportFacts facts, ReportOptions options)
    {
        if (facts.Phone.Count == 0)
        {
            doc.Paragraph("Нет данных: статистика контакт-центра за период не загружена.");
            return;
        }
        var rows = facts.Phone.Select(m => PhoneRow(Ru.MonthsShort[m.Month - 1], m)).ToList();
        rows.Add(PhoneRow("Итого", PhoneTotal(facts.Phone)));
        doc.Add(new TableBlock(
            [new("Месяц", 1), new("Поступило", 1, TextAlign.Right), new("Принято", 1, TextAlign.Right),
             new("Потеряно", 1, TextAlign.Right), new("Доля потерянных", 1, TextAlign.Right),
             new($"Ответ ≤ {Ru.D(facts.Norms.CallAnswerSeconds, 0)} с", 1, TextAlign.Right),
             new("Ожид., с", 0.9f, TextAlign.Right), new("Обработка, с", 1, TextAlign.Right)], rows)
        {
            Caption = "Статистика телефонных обращений (контакт-центр)",
            EmphasizedRows = new HashSet<int> { rows.Count - 1 },
        });
        doc.Add(new ChartBlock(new ChartSpec("Среднее время ожидания ответа, с", ChartKind.Line,
            facts.Phone.Select(m => Ru.MonthsShort[m.Month - 1]).ToList(),
            [new ChartSeries("Ожидание", facts.Phone.Select(AvgWait).ToList())])
        {
            References = [new ChartReference("Норматив", facts.Norms.CallAnswerSeconds)],
        }) { Height = 170 });
    }

    internal static double? AvgWait(PhoneMonth m) =>
        m.WaitSeconds is { } w && m.AnsweredWithWait is > 0 ? w / m.AnsweredWithWait : null;

    internal static PhoneMonth PhoneTotal(IEnumerable<PhoneMonth> months)
    {
        var list = months.ToList();
        return new PhoneMonth
        {
            Offered = list.Sum(m => m.Offered), Answered = list.Sum(m => m.Answered), Abandoned = list.Sum(m => m.Abandoned),
            AnsweredInNorm = list.Sum(m => m.AnsweredInNorm ?? 0), AnsweredWithNorm = list.Sum(m => m.AnsweredWithNorm ?? 0),
            WaitSeconds = list.Sum(m => m.WaitSeconds ?? 0), AnsweredWithWait = list.Sum(m => m.AnsweredWithWait ?? 0),
            HandleSeconds = list.Sum(m => m.HandleSeconds ?? 0), AnsweredWithHandle = list.Sum(m => m.AnsweredWithHandle ?? 0),
        };
    }

    private static IReadOnlyList<string> PhoneRow(string label, PhoneMonth m) =>
    [
        label, Ru.N(m.Offered), Ru.N(m.Answered), Ru.N(m.Abandoned), Ru.Pct(ReportMath.Share(m.Abandoned, m.Offered)),
        m.AnsweredWithNorm is > 0 ? Ru.Pct(ReportMath.Share(m.AnsweredInNorm ?? 0, m.AnsweredWithNorm.Value)) : "—",
        Ru.D(AvgWait(m)),
        Ru.D(m.HandleSeconds is { } h && m.AnsweredWithHandle is > 0 ? h / m.AnsweredWithHandle : null, 0),
    ];
}
