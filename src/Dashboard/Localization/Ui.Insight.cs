namespace Dashboard.Localization;

public sealed partial class Ui
{
    private static readonly Dictionary<string, (string Ru, string En)> InsightStrings = new(StringComparer.Ordinal)
    {
        ["Insight.Results"] = ("Результаты по вопросам", "Results by question"),
        ["Insight.Drivers"] = ("Ключевые факторы", "Key drivers"),
        ["Insight.Form"] = ("Анкета", "Questionnaire"),
        ["Insight.NoForm"] = ("Анкета не найдена среди опубликованных. Выберите анкету в списке.", "The questionnaire is not among the published ones. Pick one from the list."),
        ["Insight.Completion"] = ("Заполнено полностью", "Completed"),
        ["Insight.Abandoned"] = ("Начаты и брошены", "Started, abandoned"),
        ["Insight.Floor"] = ("Показатели, рассчитанные менее чем по минимальному числу ответов, не показываются («недостаточно ответов»); минимум —",
            "Figures from fewer responses than the minimum are not shown (\"not enough responses\"); the minimum is"),
        ["Insight.ByQuestion"] = ("Распределение ответов", "Answer distribution"),
        ["Insight.ByOffice"] = ("Офисы в сравнении с остальными", "Offices against the rest"),
        ["Insight.ByMonth"] = ("По месяцам: доля высоких оценок", "By month: top-box share"),
        ["Insight.Question"] = ("Вопрос", "Question"),
        ["Insight.Value"] = ("Ответ", "Answer"),
        ["Insight.Share"] = ("Доля", "Share"),
        ["Insight.Mean"] = ("Среднее", "Mean"),
        ["Insight.Median"] = ("Медиана", "Median"),
        ["Insight.Skipped"] = ("Пропустили", "Skipped"),
        ["Insight.Month"] = ("Месяц", "Month"),
        ["Insight.Favourable"] = ("Доля высоких оценок", "Top-box share"),
        ["Insight.Difference"] = ("Разница с остальными", "Difference from the rest"),
        ["Insight.Verdict"] = ("Вывод", "Finding"),
        ["Insight.Verdict.1"] = ("значимо выше", "significantly higher"),
        ["Insight.Verdict.0"] = ("различие не доказано", "no proven difference"),
        ["Insight.Verdict.-1"] = ("значимо ниже", "significantly lower"),
        ["Insight.Importance"] = ("Важность (доля объяснённой дисперсии)", "Importance (share of variance explained)"),
        ["Insight.Performance"] = ("Исполнение (доля высоких оценок)", "Performance (top-box share)"),
        ["Insight.FixFirst"] = ("Исправить в первую очередь", "Fix first"),
        ["Insight.Quadrant"] = ("Важность × исполнение", "Importance × performance"),
        ["Insight.Target"] = ("Целевой показатель", "Target"),
        ["Insight.DriversHow"] = ("Относительные веса (Johnson), 95 % бутстреп-интервалы; красным — важные и слабые факторы.",
            "Relative weights (Johnson), 95 % bootstrap intervals; red marks important and weak drivers."),
        ["Insight.DriversTooFew"] = ("Недостаточно полных ответов для расчёта ключевых факторов", "Not enough complete responses to compute key drivers"),
    };
}
