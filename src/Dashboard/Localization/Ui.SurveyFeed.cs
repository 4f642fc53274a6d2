namespace Dashboard.Localization;

/// <summary>The comment feed, emerging topics and linked experience of the Surveys area (issue #17).</summary>
public sealed partial class Ui
{
    private static readonly Dictionary<string, (string Ru, string En)> SurveyFeedStrings = new(StringComparer.Ordinal)
    {
        ["Feed.Title"] = ("Комментарии клиентов", "Client comments"),
        ["Feed.When"] = ("Дата и время (МСК)", "Date and time (Moscow)"),
        ["Feed.Comment"] = ("Комментарий", "Comment"),
        ["Feed.Topic"] = ("Тематика", "Topic"),
        ["Feed.Sentiment"] = ("Тональность", "Sentiment"),
        ["Feed.Response"] = ("Ответ целиком", "Whole response"),
        ["Feed.Open"] = ("открыть", "open"),
        ["Feed.Search"] = ("Поиск по тексту", "Search the text"),
        ["Feed.Found"] = ("Найдено комментариев: {0}", "Comments found: {0}"),
        ["Feed.Empty"] = ("Комментариев с такими условиями нет. Снимите фильтр тематики или тональности, измените поиск или расширьте период.",
            "No comments match. Clear the topic or sentiment filter, change the search or widen the period."),
        ["Feed.Masked"] = ("Телефоны и адреса электронной почты в комментариях скрыты: их видят только администратор и методолог.",
            "Phone numbers and e-mails in comments are masked: only Admin and Designer see them."),
        ["Feed.ReviewHint"] = ("Нажмите верную тональность, если оценка клиента ей не соответствует: исправление учтётся в ленте и при следующем обучении модели тональности.",
            "Click the right sentiment when the client's score does not match it: the correction shows in the feed and feeds the sentiment model's next training."),
        ["Feed.BadSentiment"] = ("Тональность «{0}» не распознана: выберите негативную, нейтральную или позитивную.",
            "Sentiment '{0}' is not known: choose negative, neutral or positive."),
        ["Topics.Title"] = ("Новые темы в комментариях", "Emerging topics in comments"),
        ["Topics.Week"] = ("Неделя к неделе", "Week over week"),
        ["Topics.Month"] = ("Месяц к месяцу", "Month over month"),
        ["Topics.Windows"] = ("Сейчас: {0} — {1}, {2}; ранее: {3} — {4}, {5}", "Now: {0} — {1}, {2}; before: {3} — {4}, {5}"),
        ["Topics.Comments"] = ("{0} комм.", "{0} comments"),
        ["Topics.How"] = ("Доля комментариев с темой или словом сравнивается с предыдущим периодом той же длины (односторонний z-критерий, поправка Бенджамини — Хохберга, q < 0,05, не менее 5 упоминаний).",
            "The share of comments naming a topic or word is compared with the previous period of the same length (one-sided z-test, Benjamini–Hochberg, q < 0.05, at least 5 mentions)."),
        ["Topics.None"] = ("Значимого роста тем и слов нет.", "No topic or word rose significantly."),
        ["Topics.Kind"] = ("Что растёт", "What rises"),
        ["Topics.Term"] = ("Тема или слово", "Topic or word"),
        ["Topics.Now"] = ("Сейчас", "Now"),
        ["Topics.Before"] = ("Ранее", "Before"),
        ["Topics.Examples"] = ("Примеры", "Examples"),
        ["Linked.Title"] = ("Связанный опыт", "Linked experience"),
        ["Linked.Wait"] = ("Клиенты, которые ждали в очереди дольше {0} мин, оценивают нас в среднем на {1} балла ниже (удовлетворённость 1–5; 95 %: {2}–{3}; n = {4} ждавших дольше и {5} остальных).",
            "Clients who waited more than {0} min rate us {1} points lower on average (satisfaction 1–5; 95 %: {2}–{3}; n = {4} who waited longer and {5} others)."),
        ["Linked.Deadline"] = ("Клиенты, получившие ответ на обращение позже срока, оценивают нас в среднем на {1} балла ниже (удовлетворённость 1–5; 95 %: {2}–{3}; n = {4} с ответом позже срока и {5} в срок).",
            "Clients whose appeal was answered late rate us {1} points lower on average (satisfaction 1–5; 95 %: {2}–{3}; n = {4} answered late and {5} on time)."),
    };
}
