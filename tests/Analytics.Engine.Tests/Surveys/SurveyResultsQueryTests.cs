using Analytics.Engine.Surveys;

namespace Analytics.Engine.Tests.Surveys;

public sealed class SurveyResultsQueryTests
{
    [Fact]
    public void Distribution_mean_median_and_nps_match_the_hand_count()
    {
        using var s = SurveyStore.HandChecked();
        var r = new SurveyResultsQuery(s.Db.Store).Load(new SurveyFilter("client-satisfaction", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)));

        Assert.Equal(6, r.Responses);
        var csat = r.Questions.Single(q => q.Code == "csat");
        Assert.Equal(6, csat.N);
        Assert.Equal(["2", "3", "4", "5"], csat.Distribution.Select(d => d.Value));
        Assert.Equal([1L, 1, 2, 2], csat.Distribution.Select(d => d.Count));
        Assert.Equal(2 / 6.0, csat.Distribution[2].Share, 12);
        Assert.Equal(23 / 6.0, csat.Mean!.Mean, 12);
        Assert.Equal(4, csat.Median);
        Assert.Equal(4 / 6.0, csat.Favourable!.Value, 12);
        // Promoters 10, 9, 10; detractors 6, 3; passive 8 → (3 − 2)/6.
        Assert.Equal(100 / 6.0, r.Nps!.Value, 9);
        Assert.Equal(3, r.Nps.Promoters);
        Assert.Equal(2, r.Nps.Detractors);
        var staff = r.Questions.Single(q => q.Code == "staff");
        Assert.Equal(4, staff.N);
        Assert.Equal(2, staff.Skipped);
        var resolved = r.Questions.Single(q => q.Code == "resolved");
        Assert.Equal(["yes"], resolved.Distribution.Select(d => d.Value));
        Assert.Equal(1.0, r.Completion!.Value);
    }

    [Fact]
    public void Open_period_takes_every_month_and_compares_offices()
    {
        using var s = SurveyStore.HandChecked();
        var r = new SurveyResultsQuery(s.Db.Store).Load(new SurveyFilter("client-satisfaction"));

        Assert.Equal(7, r.Responses);
        Assert.Equal(0.0, r.Nps!.Value, 9);   // 3 promoters, 3 detractors of 7
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)], r.Months.Select(m => m.Month));
        Assert.Equal(3 / 6.0, r.Months[0].Favourable["nps"].Value, 12);
        Assert.Equal("nps", r.ComparedQuestion);
        Assert.Equal(["A", "B"], r.Offices.Select(o => o.OfficeCode));
        Assert.True(r.Hides(r.Offices[1].Favourable.N));
        Assert.False(r.Hides(r.Offices[0].Favourable.N));
    }

    [Fact]
    public void Office_filter_and_unknown_form()
    {
        using var s = SurveyStore.HandChecked();
        var q = new SurveyResultsQuery(s.Db.Store);
        Assert.Equal(1, q.Load(new SurveyFilter("client-satisfaction", Office: "B")).Responses);
        var ex = Assert.Throws<ArgumentException>(() => q.Load(new SurveyFilter("nope")));
        Assert.Contains("nope", ex.Message);
    }

    [Theory]
    [InlineData(4, 5, true)]
    [InlineData(5, 5, false)]
    [InlineData(0, 1, true)]
    public void Suppression_hides_below_the_floor(long n, int min, bool hidden)
    {
        Assert.Equal(hidden, Suppression.Hides(n, min));
        Assert.Equal(hidden ? "недостаточно ответов" : "42", Suppression.Show(n, min, () => "42", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")));
        Assert.Equal(hidden ? "недостаточно ответов" : (object)42, Suppression.Value(n, min, 42, System.Globalization.CultureInfo.GetCultureInfo("ru-RU")));
    }
}
