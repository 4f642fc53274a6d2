using Analytics.Engine.Forms;
using Analytics.Engine.Surveys;
using Bunit;
using Dapper;
using Dashboard.Components.Pages.Surveys;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Surveys;

/// <summary>
/// The Surveys page says "clients who waited more than 20 minutes rate us X points lower" only when the linked
/// responses show it significantly; with scores alike on both sides of the norm it says nothing.
/// </summary>
public class SurveysLinkedExperienceTests : BunitContext
{
    private readonly TestStore _store = new();

    public SurveysLinkedExperienceTests()
    {
        this.AddDashboardServices(_store.Store);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>Eight tickets within the wait norm and eight beyond (35 min), each with a linked response rated as given.</summary>
    private void Seed(int[] within, int[] beyond)
    {
        var service = InsightSeed.Publish(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("INSERT INTO invitation_rule (code, title, event_kind, form_code, delay_minutes, channel) VALUES ('queue', 'Талон', 'queue_visit_finished', 'client-satisfaction', 0, 'sms')");
        var scores = within.Select(s => (Wait: 5, Csat: s)).Concat(beyond.Select(s => (Wait: 35, Csat: s))).ToList();
        for (var i = 0; i < scores.Count; i++)
        {
            var issued = new DateTime(2026, 3, 2, 9, 0, 0).AddDays(i);
            c.Execute("INSERT INTO queue_visit (office_code, ticket, issued_at, called_at, finished_at) VALUES ('O01', $t, $issued, $called, $finished)",
                new { t = $"T{i}", issued, called = issued.AddMinutes(scores[i].Wait), finished = issued.AddMinutes(scores[i].Wait + 10) });
            service.Submit(new SubmissionRequest
            {
                Id = $"l{i}", Form = InsightSeed.Form, OfficeCode = "O01", SubmittedAt = DateTime.SpecifyKind(issued.AddHours(2), DateTimeKind.Utc),
                Answers = new Dictionary<string, AnswerValue>
                {
                    ["channel"] = AnswerValue.OfChoices("in_person"), ["nps"] = AnswerValue.Of(2 * scores[i].Csat), ["csat"] = AnswerValue.Of(scores[i].Csat),
                    ["ces"] = AnswerValue.Of(4), ["resolved"] = AnswerValue.Of("yes"),
                },
            });
            c.Execute("""
                INSERT INTO invitation_outbox (rule_code, event_ref, client_key, office_code, channel, event_at, state, token, created_at_utc)
                VALUES ('queue', $ref, $key, 'O01', 'sms', $issued, 'invited', $key, $issued);
                UPDATE submission SET token = $key WHERE id = $id;
                """, new { @ref = LinkedExperience.QueueRef("O01", issued, $"T{i}"), key = $"tok{i}", issued, id = $"l{i}" });
        }
    }

    private IRenderedComponent<SurveysPage> Open()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/surveys?year=2026");
        return Render<SurveysPage>();
    }

    [Fact]
    public void Surveys_SayWhoWaitedLongerRatesLower_WhenSignificant()
    {
        Seed([5, 5, 4, 5, 4, 5, 4, 5], [2, 3, 2, 3, 2, 3, 2, 2]);

        var sentence = Open().Find("[data-test=linked-experience]").TextContent;

        // Means 4,625 and 2,375: 2,3 points lower (rounded to one decimal); the norm 20 min is the Standard's.
        Assert.StartsWith("Клиенты, которые ждали в очереди дольше 20 мин, оценивают нас в среднем на 2,3 балла ниже", sentence);
        Assert.Contains("n = 8 ждавших дольше и 8 остальных", sentence);
    }

    [Fact]
    public void Surveys_SayNothing_WhenScoresAreAlikeOnBothSides()
    {
        Seed([5, 4, 3, 5, 4, 3, 4, 4], [4, 5, 3, 4, 3, 5, 4, 4]);

        Assert.Empty(Open().FindAll("[data-test=linked-experience]"));
    }
}
