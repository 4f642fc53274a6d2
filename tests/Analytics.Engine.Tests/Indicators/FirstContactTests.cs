using Analytics.Engine.Demo;
using Analytics.Engine.Forms;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Indicators;

/// <summary>
/// #14, traceability.md list 1 item 8 («Единое окно», 004) and the information norm (001 §2.2.4): the survey's
/// first-contact question and the visit audit's one-window item reach fb.first_contact, the mystery call's information
/// time reaches exec.information_time, and a fresh demo holds data for both.
/// </summary>
public class FirstContactTests
{
    [Fact]
    public void SurveyAndVisitAnswers_ReachFirstContact_AndTheCallsInformationTime_ReachesExecution()
    {
        using var temp = new TempStore();
        Seed.Org(temp.Store);
        var service = new FormService(temp.Store);
        var survey = service.CreateFromTemplate("client-satisfaction", "survey");
        var visit = service.CreateFromTemplate("office-visit", "visit");
        var call = service.CreateFromTemplate("phone-call", "call");
        foreach (var id in new[] { survey, visit, call }) Assert.True(service.Publish(id).Published);
        Seed.Sql(temp.Store, $"""
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
              ('q1', '{survey}', 1, 'O11', 'online', '2025-03-10 10:00'), ('q2', '{survey}', 1, 'O11', 'online', '2025-03-11 10:00'),
              ('q3', '{survey}', 1, 'O11', 'online', '2025-03-12 10:00'),
              ('a1', '{visit}', 1, 'O11', 'checklist', '2025-03-13 10:00'), ('c1', '{call}', 1, 'O11', 'checklist', '2025-03-14 10:00');
            INSERT INTO answer (submission_id, item_code, value_num, value_text) VALUES
              ('q1', 'first_contact', 1, 'yes'), ('q2', 'first_contact', 0, 'no'), ('q3', 'first_contact', 1, 'yes'),
              ('a1', 'one_window', 0, 'no'),
              ('c1', 'talk_seconds', 420, NULL), ('c1', 'info_norm', 0, 'no');
            INSERT INTO audit_review VALUES ('a1', 1, 'approved', 'reviewer', '2025-03-14 10:00', NULL), ('c1', 1, 'approved', 'reviewer', '2025-03-15 10:00', NULL);
            """);

        var set = new IndicatorService(temp.Store).Compute(new IndicatorQuery { Level = OrgLevel.Office, Granularity = Granularity.Month });

        var office = set.Rows.Single(r => r.UnitCode == "O11");
        var firstContact = office.Indicators.Single(i => i.IndicatorId == "feedback").Criteria.Single(c => c.CriterionId == "fb.first_contact");
        Assert.Equal(4, firstContact.N);
        Assert.Equal(0.4, firstContact.Value!.Value, 4);   // (1·1 + 1·0 + 1·1 + 2·0) / (1 + 1 + 1 + 2): the audit item weighs 2
        var information = office.Indicators.Single(i => i.IndicatorId == "execution").Criteria.Single(c => c.CriterionId == "exec.information_time");
        Assert.Equal(1, information.N);
        Assert.Equal(0, information.Value!.Value, 4);
    }

    [Fact]
    public void AFreshDemo_HoldsData_ForTheNewItems_AndTheTraceSaysSo()
    {
        using var temp = new TempStore();
        Seed.Org(temp.Store);

        SurveyDemoGenerator.Generate(temp.Store, 7, new DateOnly(2025, 6, 15), 0.5, null);

        var trace = new TraceQuery(temp.Store).Trace();
        foreach (var id in new[] { "fb.first_contact", "exec.information_time", "inf.website" })
            Assert.True(trace.Criteria.Single(c => c.Id == id).HasData, id);
        Assert.Contains(trace.Items, i => i is { Template: "website-clients", Item: "reception_originals", CriterionId: "inf.website" });
        Assert.Contains(trace.Criteria.Single(c => c.Id == "fb.first_contact").FedBy.Split(", "), f => f == "office-visit/one_window");
    }
}
