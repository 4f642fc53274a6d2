using Analytics.Engine.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using SurveyDesigner.Posting;

namespace SurveyDesigner.Tests.Posting;

public class AnswerFormReaderTests
{
    private static IFormCollection Posted(params (string Key, string[] Values)[] fields) =>
        new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Values)));

    [Fact]
    public void Read_MapsEveryFieldKind_OfTheSatisfactionTemplate()
    {
        var form = FormTemplates.Get("client-satisfaction")!;
        var read = AnswerFormReader.Read(form, Posted(
            ("a.channel", ["phone"]), ("a.csat", ["4"]), ("a.resolved", ["na"]), ("a.comment", ["  Всё хорошо  "]), ("a.nps", ["девять"])));

        Assert.Equal(["phone"], read.Answers["channel"].Choices!);
        Assert.Equal(4, read.Answers["csat"].Number);
        Assert.True(read.Answers["resolved"].NotApplicable);
        Assert.Equal("Всё хорошо", read.Answers["comment"].Text);
        Assert.Contains("введите число", read.Errors["nps"]);
        Assert.False(read.Answers.ContainsKey("nps"));
    }

    [Fact]
    public void Read_TakesNaAndNote_FromRunnerFields()
    {
        var form = FormTemplates.Get("client-mailbox")!;
        var read = AnswerFormReader.Read(form, Posted(("a.present", ["yes"]), ("na.last_collection", ["on"]), ("note.present", ["у входа"])));
        Assert.Equal(("yes", "у входа"), (read.Answers["present"].Text, read.Answers["present"].Note));
        Assert.True(read.Answers["last_collection"].NotApplicable);
    }

    [Fact]
    public void Read_StoresRussianDateAsIso_AndNamesUnreadableDate()
    {
        var form = FormTemplates.Get("office-visit")!;
        Assert.Equal("2026-12-03T10:36", AnswerFormReader.Read(form, Posted(("a.visit_date", ["03.12.2026 10:36"]))).Answers["visit_date"].Text);
        var bad = AnswerFormReader.Read(form, Posted(("a.visit_date", ["12/03/2026"])));
        Assert.Contains("дд.мм.гггг", bad.Errors["visit_date"]);
    }
}

public class SubmissionThrottleTests
{
    [Fact]
    public void TryAcquire_RefusesOverLimit_AndRecoversAfterWindow()
    {
        var clock = new ManualClock();
        var throttle = new SubmissionThrottle(2, TimeSpan.FromMinutes(1), clock);
        Assert.True(throttle.TryAcquire("1.2.3.4"));
        Assert.True(throttle.TryAcquire("1.2.3.4"));
        Assert.False(throttle.TryAcquire("1.2.3.4"));
        Assert.True(throttle.TryAcquire("5.6.7.8"));
        clock.Now += TimeSpan.FromSeconds(61);
        Assert.True(throttle.TryAcquire("1.2.3.4"));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
