using Analytics.Engine.Surveys;
using Analytics.Engine.Time;
using Analytics.Engine.Vocabulary;
using Dashboard.Filters;
using Dashboard.Localization;
using Dashboard.Records;

namespace Dashboard.Surveys;

/// <summary>
/// The comment feed as the page shows it and the file keeps it: when (Moscow time), office, the client's NPS and CSAT,
/// topic and sentiment in the catalogue's words, and the text as the reader may see it (masked by the Engine).
/// </summary>
public static class CommentTable
{
    public const string Name = "comments";

    public static TableView Build(CommentFeedPage feed, IReadOnlyDictionary<string, string> offices, DisplayTime time, Ui t) => new(Name,
        [t["Feed.When"], t["Filter.Office"], "NPS", "CSAT", t["Feed.Topic"], t["Feed.Sentiment"], t["Feed.Comment"]],
        [.. feed.Items.Select(c => new object?[]
        {
            new Cell(time.FromUtc(c.SubmittedAt), time.Format(c.SubmittedAt)),
            c.OfficeCode is null ? "—" : offices.TryGetValue(c.OfficeCode, out var n) ? n : c.OfficeCode,
            c.Nps is { } nps ? (long)nps : null, c.Csat is { } csat ? (long)csat : null,
            t.Label(Vocab.Topic, c.Topic), t.Label(Vocab.Sentiment, c.Sentiment), c.Text,
        })]);

    /// <summary>The page's table: the date of each comment opens the whole response (its answers).</summary>
    public static TableView WithResponses(TableView view, CommentFeedPage feed, DashboardFilter filter) =>
        view.WithRowLinks(0, i => RecordLinks.To("answers", filter, ("form", "questionnaire"), ("submission", feed.Items[i].SubmissionId)));
}
