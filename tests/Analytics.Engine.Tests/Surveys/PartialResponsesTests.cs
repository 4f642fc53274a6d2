using Analytics.Engine.Forms;
using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Surveys;
using Dapper;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Tests.Surveys;

/// <summary>#17.6: partial responses are stored apart, never as answers; a submit removes them; abandoned ones count in drop-off.</summary>
public sealed class PartialResponsesTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset Saved = new(2026, 1, 20, 9, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, AnswerValue> FirstHalf() => new()
    {
        ["channel"] = AnswerValue.OfChoices("in_person"), ["csat"] = AnswerValue.Of(2),
    };

    private static long Count(SurveyStore s, string sql)
    {
        using var c = s.Db.Store.Open();
        return c.ExecuteScalar<long>(sql);
    }

    [Fact]
    public void A_partial_is_stored_apart_drops_unknown_and_bad_answers_and_is_never_an_answer()
    {
        using var s = SurveyStore.HandChecked();
        var before = new SurveyResultsQuery(s.Db.Store).Load(new SurveyFilter("client-satisfaction"));
        var answers = FirstHalf();
        answers["no_such_item"] = AnswerValue.Of("x");
        answers["ces"] = AnswerValue.Of(99); // out of range: dropped, the client may still be typing

        var kept = new PartialResponses(s.Db.Store, new Clock(Saved)).Save(new PartialRequest { Id = "p1", Form = "client-satisfaction", OfficeCode = "A", Answers = answers });

        Assert.Equal(2, kept);
        var partial = new PartialResponses(s.Db.Store).Find("p1")!;
        Assert.Equal(["channel", "csat"], partial.Answers.Keys.Order());
        Assert.Equal("csat", partial.LastItem);
        Assert.Equal(7, Count(s, "SELECT count(*) FROM submission"));
        Assert.Equal(0, Count(s, "SELECT count(*) FROM answer WHERE submission_id = 'p1'"));
        // Not yet abandoned (saved now): the results are exactly as before.
        var after = new SurveyResultsQuery(s.Db.Store, clock: new Clock(Saved.AddHours(1))).Load(new SurveyFilter("client-satisfaction"));
        Assert.Equal(0, after.Abandoned);
        Assert.Equal(before.Responses, after.Responses);
        Assert.Equal(before.Questions.Select(q => (q.Code, q.N, q.Skipped)), after.Questions.Select(q => (q.Code, q.N, q.Skipped)));
        Assert.Equal(before.Completion!.Value, after.Completion!.Value);
    }

    [Fact]
    public void An_unknown_form_or_a_bad_id_is_refused()
    {
        using var s = SurveyStore.HandChecked();
        var partials = new PartialResponses(s.Db.Store);
        Assert.Throws<SubmissionRejectedException>(() => partials.Save(new PartialRequest { Id = "p1", Form = "no-such-form", Answers = FirstHalf() }));
        Assert.Throws<SubmissionRejectedException>(() => partials.Save(new PartialRequest { Id = "bad id!", Form = "client-satisfaction", Answers = FirstHalf() }));
        Assert.Throws<SubmissionRejectedException>(() => partials.Save(new PartialRequest { Id = "p2", Form = "client-satisfaction", Token = "no-such-token", Answers = FirstHalf() }));
        Assert.Equal(0, Count(s, "SELECT count(*) FROM survey_partial"));
    }

    [Fact]
    public async Task Submitting_removes_the_partial_in_the_same_transaction()
    {
        using var s = SurveyStore.HandChecked();
        var forms = new FormService(s.Db.Store);
        var token = forms.CreateInvitations("client-satisfaction", 1).Single();
        var partials = new PartialResponses(s.Db.Store);
        partials.Save(new PartialRequest { Id = "p-office", Form = "client-satisfaction", OfficeCode = "A", Answers = FirstHalf() });
        partials.Save(new PartialRequest { Id = "p-phone", Form = "client-satisfaction", Token = token, Answers = FirstHalf() });
        // The same invitation saved from another device replaces the row: the token is the resume key.
        partials.Save(new PartialRequest { Id = "p-laptop", Form = "client-satisfaction", Token = token, Answers = FirstHalf() });
        Assert.Equal("p-laptop", partials.ForToken(token)!.Id);
        Assert.Equal(2, Count(s, "SELECT count(*) FROM survey_partial"));

        var full = new Dictionary<string, AnswerValue>(FirstHalf())
        {
            ["ces"] = AnswerValue.Of(5), ["resolved"] = AnswerValue.Of("yes"), ["nps"] = AnswerValue.Of(9),
        };
        await forms.SubmitAsync(new SubmissionRequest { Id = "s-office", Form = "client-satisfaction", OfficeCode = "A", Answers = full, PartialId = "p-office" });
        await forms.SubmitAsync(new SubmissionRequest { Id = "s-token", Form = "client-satisfaction", Token = token, Answers = full });

        Assert.Equal(0, Count(s, "SELECT count(*) FROM survey_partial"));
        Assert.Equal(9, Count(s, "SELECT count(*) FROM submission"));
    }

    [Fact]
    public void Abandoned_partials_lower_completion_and_add_drop_off_before_the_next_question()
    {
        using var s = SurveyStore.HandChecked();
        var filter = new SurveyFilter("client-satisfaction", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));
        var before = new SurveyResultsQuery(s.Db.Store).Load(filter);
        var clock = new Clock(Saved);
        var partials = new PartialResponses(s.Db.Store, clock);
        partials.Save(new PartialRequest { Id = "p1", Form = "client-satisfaction", OfficeCode = "A", Answers = FirstHalf() });
        partials.Save(new PartialRequest { Id = "p2", Form = "client-satisfaction", OfficeCode = "A", Answers = new Dictionary<string, AnswerValue> { ["channel"] = AnswerValue.OfChoices("phone") } });

        var fresh = new SurveyResultsQuery(s.Db.Store, abandonedHours: 24, clock: new Clock(Saved.AddHours(23))).Load(filter);
        Assert.Equal(0, fresh.Abandoned);
        var r = new SurveyResultsQuery(s.Db.Store, abandonedHours: 24, clock: new Clock(Saved.AddHours(25))).Load(filter);

        Assert.Equal(2, r.Abandoned);
        Assert.Equal(6, r.Responses);
        Assert.Equal(6 / 8.0, r.Completion!.Value, 12);
        int Skipped(SurveyResults x, string code) => (int)x.Questions.Single(q => q.Code == code).Skipped;
        Assert.Equal(Skipped(before, "channel"), Skipped(r, "channel"));           // both answered it
        Assert.Equal(Skipped(before, "csat") + 1, Skipped(r, "csat"));             // p2 left after channel
        Assert.Equal(Skipped(before, "ces") + 2, Skipped(r, "ces"));               // p1 left after csat
        Assert.Equal(Skipped(before, "nps") + 2, Skipped(r, "nps"));
        // The scores never see a partial's answers.
        Assert.Equal(before.Questions.Single(q => q.Code == "csat").N, r.Questions.Single(q => q.Code == "csat").N);
        Assert.Equal(before.Nps!.Value, r.Nps!.Value, 12);
    }

    [Fact]
    public void Retention_deletes_partials_older_than_the_setting()
    {
        using var s = SurveyStore.HandChecked();
        var clock = new Clock(Saved);
        new PartialResponses(s.Db.Store, clock).Save(new PartialRequest { Id = "old", Form = "client-satisfaction", Answers = FirstHalf() });
        clock.Now = Saved.AddDays(80);
        new PartialResponses(s.Db.Store, clock).Save(new PartialRequest { Id = "recent", Form = "client-satisfaction", Answers = FirstHalf() });

        var result = new RetentionSweep(s.Db.Store, Options.Create(new RetentionOptions { PartialResponseDays = 90 }), new Clock(Saved.AddDays(91))).Run();

        Assert.Equal(1, result.Partials);
        Assert.Null(new PartialResponses(s.Db.Store).Find("old"));
        Assert.NotNull(new PartialResponses(s.Db.Store).Find("recent"));
    }
}
