using Analytics.Engine.Classification;
using Bunit;
using Dashboard.Components.Shared;
using Dashboard.Hosting;
using Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

/// <summary>Overview's line about the first start's background classification (#20 item 5).</summary>
public class FirstStartBannerTests : BunitContext
{
    private readonly TestStore _store = new();
    private readonly DemoClassificationStatus _status = new();

    public FirstStartBannerTests()
    {
        this.AddDashboardServices(_store.Store);
        Services.AddSingleton(_status);
    }

    [Fact]
    public void Hidden_WhenNoFirstStartRuns()
    {
        var cut = Render<FirstStartBanner>();

        Assert.Empty(cut.FindAll("[data-test^=first-start]"));
    }

    [Fact]
    public void ShowsStepAndTask_InRussian_FollowsProgress_AndGoesWhenDone()
    {
        var cut = Render<FirstStartBanner>();

        _status.Report(new FirstStartProgress(2, 6, ClassificationTask.Kind, Scoring: false));
        cut.WaitForAssertion(() => Assert.Equal(
            "Классификатор обучается на демонстрационных данных: шаг 2 из 6 — обучение модели «Вид обращения».",
            cut.Find("[data-test=first-start-step]").TextContent));

        _status.Report(new FirstStartProgress(4, 6, ClassificationTask.Topic, Scoring: true, Scored: 20_000));
        cut.WaitForAssertion(() => Assert.Equal(
            "Классификатор обучается на демонстрационных данных: шаг 4 из 6 — разметка обращений моделью «Тематика», размечено 20\u00a0000.",
            cut.Find("[data-test=first-start-step]").TextContent));

        _status.Finish();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-test^=first-start]")));
    }

    [Fact]
    public void SaysWhatToRun_WhenTheWorkFailed()
    {
        var cut = Render<FirstStartBanner>();
        _status.Report(new FirstStartProgress(1, 6, ClassificationTask.Topic, Scoring: false));

        _status.Fail();

        cut.WaitForAssertion(() => Assert.Contains("analytics classifier seed", cut.Find("[data-test=first-start-failed]").TextContent));
    }

    [Fact]
    public void English_WhenTheInterfaceIsEnglish()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new("en-GB");
        _status.Report(new FirstStartProgress(1, 6, ClassificationTask.Topic, Scoring: false));

        var cut = Render<FirstStartBanner>();

        Assert.Equal("The classifier is training on the demo data: step 1 of 6 — training the «Topic» model.",
            cut.Find("[data-test=first-start-step]").TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _store.Dispose();
        base.Dispose(disposing);
    }
}
