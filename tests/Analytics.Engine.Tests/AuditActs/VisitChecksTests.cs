using Analytics.Engine.AuditActs;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.AuditActs;

public class VisitChecksTests
{
    private static readonly DateTime Start = new(2026, 3, 12, 7, 0, 0, DateTimeKind.Utc);

    private static string[] Codes(VisitReport r) => [.. r.Flags.Select(f => f.Code)];

    [Fact]
    public void FarLocation_IsFlaggedWithDistance_WhenBeyondThreshold()
    {
        using var temp = new TempStore();
        var forms = ActSeed.Org(temp.Store);
        ActSeed.Audit(forms, "NEAR", Start, lat: ActSeed.OfficeLat + 0.002, lon: ActSeed.OfficeLon);        // ~220 m north
        ActSeed.Audit(forms, "FAR", Start.AddHours(2), lat: ActSeed.OfficeLat + 0.02, lon: ActSeed.OfficeLon); // ~2,2 km north
        var checks = new VisitChecks(temp.Store, new VisitCheckOptions { MaxDistanceMeters = 500 });

        var (near, far) = (checks.For("NEAR"), checks.For("FAR"));

        Assert.Empty(near.Flags);
        Assert.InRange(near.DistanceMeters!.Value, 200, 240);
        Assert.Equal([VisitFlag.FarLocation], Codes(far));
        Assert.Equal("2,2 км", far.DistanceText);
    }

    [Fact]
    public void ReusedPhoto_IsFlagged_WhenTheSameBytesWereSentWithAnotherAudit()
    {
        using var temp = new TempStore();
        var forms = ActSeed.Org(temp.Store);
        ActSeed.Audit(forms, "FIRST", Start, photos: [ActSeed.Photo(1)]);
        ActSeed.Audit(forms, "SECOND", Start.AddDays(7), photos: [ActSeed.Photo(1)]);
        ActSeed.Audit(forms, "OTHER", Start.AddDays(14), photos: [ActSeed.Photo(2)]);
        var checks = new VisitChecks(temp.Store);

        Assert.Equal([VisitFlag.ReusedPhoto], Codes(checks.For("SECOND")));
        Assert.Contains("FIRST", checks.For("SECOND").Flags[0].Detail);
        Assert.Equal([VisitFlag.ReusedPhoto], Codes(checks.For("FIRST")));
        Assert.Empty(checks.For("OTHER").Flags);
    }

    [Fact]
    public void OverlappingVisits_OfOneAuditor_AreFlagged_ButNotOfTwoAuditors()
    {
        using var temp = new TempStore();
        var forms = ActSeed.Org(temp.Store);
        ActSeed.Audit(forms, "MORNING", Start, minutes: 40);
        ActSeed.Audit(forms, "OVERLAP", Start.AddMinutes(30), minutes: 40, office: "O2", lat: null, lon: null);
        ActSeed.Audit(forms, "COLLEAGUE", Start.AddMinutes(10), minutes: 40, auditor: "petrov");
        ActSeed.Audit(forms, "AFTER", Start.AddMinutes(80), minutes: 40);
        var checks = new VisitChecks(temp.Store);

        Assert.Equal([VisitFlag.OverlappingVisit], Codes(checks.For("OVERLAP")));
        Assert.Equal([VisitFlag.OverlappingVisit], Codes(checks.For("MORNING")));
        Assert.Empty(checks.For("COLLEAGUE").Flags);
        Assert.Empty(checks.For("AFTER").Flags);
        Assert.Contains("12.03.2026 10:00", checks.For("OVERLAP").Flags[0].Detail);   // the other visit, Moscow time
    }

    [Fact]
    public void TooFast_IsFlagged_WhenSecondsPerItemBelowSetting()
    {
        using var temp = new TempStore();
        var forms = ActSeed.Org(temp.Store);
        ActSeed.Audit(forms, "RUSHED", Start, minutes: 2);      // ~30 items in 2 minutes
        ActSeed.Audit(forms, "CAREFUL", Start.AddHours(3), minutes: 25);
        var checks = new VisitChecks(temp.Store, new VisitCheckOptions { MinSecondsPerItem = 6 });

        Assert.Equal([VisitFlag.TooFast], Codes(checks.For("RUSHED")));
        Assert.Empty(checks.For("CAREFUL").Flags);
        Assert.Equal(2, checks.ForPeriod(new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 12)).Count);
    }

    [Fact]
    public void Act_ShowsTheFlags()
    {
        using var temp = new TempStore();
        var forms = ActSeed.Org(temp.Store);
        ActSeed.Audit(forms, "FAR", Start, lat: 59.9386, lon: 30.3141);   // in St Petersburg, not Arkhangelsk

        var act = new AuditActService(temp.Store).Load("FAR")!;

        Assert.Equal([VisitFlag.FarLocation], Codes(act.Visit));
        Assert.StartsWith("Место проверки далеко от офиса: ", act.Visit.Flags[0].Text);
    }
}
