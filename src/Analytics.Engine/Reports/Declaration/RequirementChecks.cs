using Analytics.Engine.Reports.Data;

namespace Analytics.Engine.Reports.Declaration;

/// <summary>
/// The self-assessment criteria of the Declaration: service norms and duties of the Standard
/// (standard-digest.md), each checked against the year's facts. A fact within its norm conforms; a miss by at
/// most the methodology's <c>declaration.partialTolerance</c> (<see cref="ReportFacts.PartialTolerance"/>, relative) is partial; a larger miss does not conform; no
/// records means «нет данных», never a guessed status.
/// </summary>
public static class RequirementChecks
{
    public static List<RequirementResult> Evaluate(ReportFacts facts, ReportOptions options, long appeals, long withExecutor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        var tol = facts.PartialTolerance;
        var list = new List<RequirementResult>();

        var called = facts.Offices.Sum(o => o.Called);
        var wait = Weighted(facts.Offices, o => o.WaitMinutes);
        var overWait = facts.Offices.Count(o => o.WaitMinutes > facts.Norms.QueueWaitMinutes);
        list.Add(new("001 §2.1.5", $"Среднее время ожидания в очереди не более {Ru.D(facts.Norms.QueueWaitMinutes, 0)} мин", "Исполнительность",
            wait is null ? "Журнал электронной очереди: записей нет" :
                $"Среднее ожидание {Ru.D(wait)} мин по {Ru.N(called)} талонам; офисов с превышением норматива: {overWait} из {facts.Offices.Count(o => o.Called > 0)}",
            AtMost(wait, facts.Norms.QueueWaitMinutes, tol), called));

        var reception = Weighted(facts.Offices, o => o.ServiceMinutes);
        list.Add(new("001 §2.1.5", $"Среднее время приёма специалистом не более {Ru.D(facts.Norms.ReceptionMinutes, 0)} мин", "Исполнительность",
            reception is null ? "Журнал электронной очереди: записей нет" : $"Средний приём {Ru.D(reception)} мин по {Ru.N(called)} талонам",
            AtMost(reception, facts.Norms.ReceptionMinutes, tol), called));

        var phone = FactSectionsPhone(facts);
        list.Add(new("001 §2.2.4; 002 §8.1.4", $"Ожидание ответа оператора не более {Ru.D(facts.Norms.CallAnswerSeconds, 0)} с", "Исполнительность",
            phone.Wait is null && phone.Comparable == 0 ? "Статистика контакт-центра: записей нет" :
                (phone.Wait is null ? "Среднее ожидание: нет данных" : $"Среднее ожидание {Ru.D(phone.Wait)} с") + $"; поступило {Ru.N(phone.Offered)} вызовов, потеряно {Ru.Pct(ReportMath.Share(phone.Abandoned, phone.Offered))}"
                + (phone.Comparable > 0 ? $"; принято в пределах {Ru.D(facts.Norms.CallAnswerSeconds, 0)} с: {Ru.N(phone.InNorm)} из {Ru.N(phone.Comparable)} ({Ru.Pct(ReportMath.Share(phone.InNorm, phone.Comparable))})" : ""),
            AtMost(phone.Wait, facts.Norms.CallAnswerSeconds, tol), phone.Offered));

        // The Engine's deadline summary (AppealDeadlines) for the scope and year — the figure of /appeals and the CLI.
        var d = facts.Deadlines;
        var judged = d.OnTime + d.Late + d.Overdue;
        list.Add(new("001 §2.2.4; 002 §8.2.5, §8.4.4", "Ответ на обращения в срок, установленный Стандартом", "Исполнительность",
            judged == 0 && facts.OverdueFromEarlierYears == 0 ? "Реестр обращений: обращений с наступившим сроком ответа нет" :
                $"В срок {Ru.N(d.OnTime)} из {Ru.N(judged)} ({Ru.Pct(ReportMath.Share(d.OnTime, judged))}, 95 % интервал {Ru.Interval(ReportMath.Wilson(d.OnTime, judged))}); "
                + $"с нарушением срока {Ru.N(d.Late)}; просрочено и не закрыто на {Ru.Date(facts.AsOf)}: {Ru.N(d.Overdue)}"
                + (facts.OverdueFromEarlierYears > 0 ? $"; просрочено и не закрыто из прошлых лет: {Ru.N(facts.OverdueFromEarlierYears)}" : "")
                + (d.RegisterLater > 0 ? $"; срок по реестру позже срока Стандарта: {Ru.N(d.RegisterLater)}" : "")
                + (d.NoRegistration > 0 ? $"; нет времени регистрации: {Ru.N(d.NoRegistration)}" : ""),
            judged == 0 && facts.OverdueFromEarlierYears == 0 ? Conformity.NoData
                : AllOf(d.OnTime, Math.Max(judged, 1), tol, d.Overdue + facts.OverdueFromEarlierYears), judged));

        list.Add(new("002 §8.2.4, §8.4.3", "Регистрация письменных обращений (в том числе по электронной почте) с назначением исполнителя", "Исполнительность",
            appeals == 0 ? "Реестр обращений: письменных обращений нет" : $"Исполнитель назначен по {Ru.N(withExecutor)} из {Ru.N(appeals)} письменных обращений ({Ru.Pct(ReportMath.Share(withExecutor, appeals))})",
            AllOf(withExecutor, appeals, tol, 0), appeals));

        // 000 §9.3 asks for control calls on complaints, not for a call on every one: calls made conform; the share is evidence.
        var cc = facts.ControlCalls;
        list.Add(new("000 §9.3", "Контрольные звонки по жалобам для оценки удовлетворённости их рассмотрением", "Результативность обратной связи",
            cc.Complaints == 0 ? "Жалоб за период не поступило" :
                $"Звонки по {Ru.N(cc.Called)} из {Ru.N(cc.Complaints)} жалоб ({Ru.Pct(ReportMath.Share(cc.Called, cc.Complaints))}); удовлетворены {Ru.N(cc.Satisfied)} из {Ru.N(cc.Answered)} ответивших",
            cc.Complaints == 0 ? Conformity.NoData : cc.Called > 0 ? Conformity.Conforms : Conformity.NotConforms, cc.Complaints));

        var surveyed = facts.Surveys.Max(s => s.N);
        var csat = facts.Surveys.First(s => s.Name == "CSAT");
        list.Add(new("000 §8.7; 001 §2.4.6", "Опросы удовлетворённости потребителей не реже одного раза в год", "Результативность обратной связи",
            surveyed == 0 ? "Анкет за период не поступило" : $"Получено ответов: {Ru.N(surveyed)}; CSAT {Ru.D(csat.Value)} % (n = {Ru.N(csat.N)})",
            surveyed > 0 ? Conformity.Conforms : Conformity.NotConforms, surveyed));

        var checkedItems = facts.Audits.Sum(a => a.Checked);
        var passed = facts.Audits.Sum(a => a.Passed);
        list.Add(new("000 ch. 9; 002 §7.2–7.3", "Соответствие офисов требованиям к обслуживанию (проверки, «тайный покупатель»)", "Информативность",
            checkedItems == 0 ? "Проверок по чек-листам не проводилось" :
                $"Проверок: {Ru.N(facts.Audits.Sum(a => a.Audits))}; выполнено {Ru.N(passed)} из {Ru.N(checkedItems)} пунктов ({Ru.Pct(ReportMath.Share(passed, checkedItems))})",
            checkedItems == 0 ? Conformity.NoData : AllOf(passed, checkedItems, tol, 0), checkedItems));
        return list;
    }

    /// <summary>A lower-is-better average against its norm.</summary>
    internal static Conformity AtMost(double? fact, double norm, double tolerance) => fact switch
    {
        null => Conformity.NoData,
        { } f when f <= norm => Conformity.Conforms,
        { } f when f <= norm * (1 + tolerance) => Conformity.Partial,
        _ => Conformity.NotConforms,
    };

    /// <summary>A duty that applies to every case: all done conforms; a share missing within tolerance is partial.</summary>
    internal static Conformity AllOf(long done, long total, double tolerance, long openViolations)
    {
        if (total == 0) return Conformity.NoData;
        if (done == total && openViolations == 0) return Conformity.Conforms;
        return (double)done / total >= 1 - tolerance ? Conformity.Partial : Conformity.NotConforms;
    }

    private static double? Weighted(IEnumerable<OfficeWorkload> offices, Func<OfficeWorkload, double?> value)
    {
        var rows = offices.Where(o => o.Called > 0 && value(o) is not null).ToList();
        var n = rows.Sum(o => o.Called);
        return n == 0 ? null : rows.Sum(o => value(o)!.Value * o.Called) / n;
    }

    // InNorm/Comparable: calls re-timed to the methodology's answer norm (CallsAtNorm), the Indicators page's figure.
    private static (double? Wait, long Offered, long Abandoned, long InNorm, long Comparable) FactSectionsPhone(ReportFacts facts)
    {
        var total = Annual.FactSections.PhoneTotal(facts.Phone);
        return (Annual.FactSections.AvgWait(total), total.Offered, total.Abandoned, total.AnsweredInNorm ?? 0, total.AnsweredWithNorm ?? 0);
    }
}
