using Analytics.Engine.Access;
using Analytics.Engine.Privacy;
using Analytics.Engine.Store;

namespace Analytics.Engine.Surveys;

/// <summary>What the comment feed is asked for besides the form, period and place: topic, sentiment, words, page.</summary>
public sealed record CommentQuery(string? Topic = null, string? Sentiment = null, string? Search = null, int Page = 1, int PageSize = CommentQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;

    /// <summary>The most rows one export holds, as the records exports (README: up to 100,000 rows).</summary>
    public const int ExportRows = 100_000;
}

/// <summary>
/// One page of the comment feed. <see cref="Total"/> counts every comment matching the query; <see cref="BySentiment"/>
/// counts them per sentiment (over the comments of the form, period and place, before topic, sentiment and words) and
/// rests on <see cref="Labelled"/> comments — below the survey minimum n those counts are «недостаточно ответов».
/// </summary>
public sealed record CommentFeedPage(IReadOnlyList<SurveyComment> Items, int Total, int Page, int PageSize,
    IReadOnlyDictionary<string, int> BySentiment, int Labelled, int MinimumN)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>True when the sentiment counts must not be shown (fewer labelled comments than the floor).</summary>
    public bool HidesCounts => Suppression.Hides(Labelled, MinimumN);
}

/// <summary>
/// The survey comment feed (issue #17, usability finding D15): the comments of <see cref="Comments"/> for a person —
/// the branch narrowed by <see cref="BranchScope"/> whatever the filter asks, phone numbers and e-mails inside the
/// text masked for a reader who may not see personal data (the one rule of <c>Privacy/PersonalData</c>), newest first,
/// one page at a time. Pages, the export and the CLI read comments here, never with their own SQL.
/// </summary>
public sealed class CommentFeed(AnalyticsStore store, int minimumN = Suppression.DefaultMinimumN)
{
    /// <summary>One page; an unknown sentiment or a page size outside 1…<see cref="CommentQuery.ExportRows"/> is an <see cref="ArgumentException"/>.</summary>
    public CommentFeedPage Load(BranchScope scope, SurveyFilter filter, CommentQuery query)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (query.PageSize is < 1 or > CommentQuery.ExportRows)
            throw new ArgumentException($"Page size {query.PageSize} is outside 1…{CommentQuery.ExportRows}.", nameof(query));
        if (query.Sentiment is { } s && !Comments.Sentiments.Contains(s))
            throw new ArgumentException($"Sentiment '{s}' is not one of {string.Join(", ", Comments.Sentiments)}.", nameof(query));
        var scoped = filter with { Branch = scope.Narrow(filter.Branch) };
        var all = new Comments(store).Load(scoped, limit: int.MaxValue);
        // A free-text item that asks for a contact is personal as a whole, not only the numbers inside it.
        var personal = new SurveyResultsQuery(store).Definition(filter.Form).AllItems().Where(PersonalData.IsPersonal).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var matching = all
            .Where(c => query.Topic is null || c.Topic == query.Topic)
            .Where(c => query.Sentiment is null || c.Sentiment == query.Sentiment)
            // Words are searched in what the reader sees, so a masked phone number cannot be found by its digits.
            .Select(c => c with { Text = (personal.Contains(c.Item) ? scope.Personal(c.Text) : scope.Text(c.Text)) ?? "" })
            .Where(c => string.IsNullOrWhiteSpace(query.Search) || c.Text.Contains(query.Search.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        var pages = Math.Max(1, (matching.Count + query.PageSize - 1) / query.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var counts = Comments.Sentiments.ToDictionary(x => x, x => all.Count(c => c.Sentiment == x), StringComparer.Ordinal);
        return new CommentFeedPage([.. matching.Skip((page - 1) * query.PageSize).Take(query.PageSize)], matching.Count, page, query.PageSize,
            counts, counts.Values.Sum(), minimumN);
    }
}
