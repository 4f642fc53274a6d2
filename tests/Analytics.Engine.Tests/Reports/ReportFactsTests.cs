using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Reports;

public class ReportFactsTests
{
    [Fact]
    public void Gather_CountsTable41ByHand_WhenScopeIsCompany()
    {
        using var temp = new TempStore();
        ReportSeed.Fill(temp.Store);

        var facts = ReportFacts.Gather(temp.Store, null, 2025, new ReportOptions());

        Assert.Equal("ПАО «Энергосбыт»", facts.Scope.Name);
        Assert.Equal(5, facts.Cell("all", null, 2025));
        Assert.Equal(2, facts.Cell("all", null, 2024));
        Assert.Equal(1, facts.Cell("all", "in_person", 2025));
        Assert.Equal(3, facts.Cell("all", "internet", 2025));   // 2 e-mails + personal account
        Assert.Equal(1, facts.Cell("all", "post", 2025));
        Assert.Equal(1, facts.Cell("all", "phone", 2024));
        Assert.Equal(3, facts.Cell("complaint", null, 2025));
        Assert.Equal(1, facts.Cell("service_request", "internet", 2025));
        Assert.Equal(1, facts.Cell("contract", null, 2025));
        Assert.Equal(2, facts.Cell("complaint_settled", null, 2025)); // A7 is answered in 2026
        Assert.Equal(1, facts.Cell("complaint_settled", null, 2024));
    }

    [Fact]
    public void Gather_KeepsOnlyBranchOffices_WhenScopeIsBranch()
    {
        using var temp = new TempStore();
        ReportSeed.Fill(temp.Store);

        var facts = ReportFacts.Gather(temp.Store, "B1", 2025, new ReportOptions());

        Assert.Equal("Северный филиал", facts.Scope.Name);
        Assert.Equal(4, facts.Cell("all", null, 2025));
        Assert.Equal(0, facts.Cell("all", "post", 2025));
        Assert.Equal(["O2", "O1"], facts.Offices.Select(o => o.Code));  // ordered by name: «Заречный», «Центральный»
        Assert.Empty(facts.Phone); // the call centre is not a unit of the branch
        Assert.Equal(3, facts.Surveys.Single(s => s.Name == "NPS").N);
    }

    [Fact]
    public void Gather_ComputesWorkloadAnswerTimesAndFeedback_ByHand()
    {
        using var temp = new TempStore();
        ReportSeed.Fill(temp.Store);

        var facts = ReportFacts.Gather(temp.Store, null, 2025, new ReportOptions());

        var o1 = facts.Offices.Single(o => o.Code == "O1");
        Assert.Equal((2, 2, 2), (o1.Appeals, o1.AppealsPrev, o1.Tickets));
        Assert.Equal(20, o1.WaitMinutes!.Value, 6);
        Assert.Equal(12.5, o1.ServiceMinutes!.Value, 6);
        Assert.Equal(1, o1.WithinNorm); // waits of 10 and 30 minutes against a 20-minute norm
        var internet = facts.AnswerTimes.Single(a => a.Group == "internet");
        Assert.Equal((2, 2, 1), (internet.Answered, internet.WithDeadline, internet.OnTime));
        Assert.Equal(1, facts.AnswerTimes.Single(a => a.Group == "post").OverdueOpen);
        Assert.Equal((3, 2, 1, 1, 1), (facts.ControlCalls.Complaints, facts.ControlCalls.Called, facts.ControlCalls.Reached, facts.ControlCalls.Answered, facts.ControlCalls.Satisfied));
        var nps = facts.Surveys.Single(s => s.Name == "NPS");
        Assert.Equal(4, nps.N);
        Assert.Equal(25, nps.Value!.Value, 6); // 2 promoters, 1 detractor of 4
        Assert.Equal(200.0 / 3, facts.Surveys.Single(s => s.Name == "CSAT").Value!.Value, 6);
        var phone = Assert.Single(facts.Phone);
        Assert.Equal((100, 90, 10), (phone.Offered, phone.Answered, phone.Abandoned));
        Assert.Single(facts.Measures);
    }

    [Fact]
    public void Resolve_Throws_WhenUnitIsUnknown()
    {
        using var temp = new TempStore();
        var ex = Assert.Throws<ArgumentException>(() => ReportFacts.Gather(temp.Store, "NOPE", 2025, new ReportOptions()));
        Assert.Contains("NOPE", ex.Message);
    }
}
