using Analytics.Engine.Compliance;
using Analytics.Engine.Forms;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Indicators;

/// <summary>
/// #14 item 6: exec.registration (registration and hand-over within 3 days, 001 §2.2.4 — an appeal without a
/// registration time is reported «нет времени регистрации», never timed from receipt) and exec.reply_channel (the
/// reply went by the channel the client chose, 002 §9.8) computed from the register; the written-reply template feeds
/// inf.written_reply.
/// </summary>
public class RegistrationAndReplyChannelTests
{
    private static readonly DateOnly YearEnd = new(2025, 12, 31);

    private static TempStore Store()
    {
        var db = new TempStore();
        Seed.Org(db.Store);
        Seed.Appeal(db.Store, "R1", "O11", "2025-03-04 10:00", received: "2025-03-03 10:00", answered: "2025-03-10 10:00");   // 1 day: in time
        Seed.Appeal(db.Store, "R2", "O11", "2025-03-10 10:00", received: "2025-03-03 11:00", answered: "2025-03-20 10:00");   // 7 days: late
        Seed.Appeal(db.Store, "R3", "O11", "2025-03-05 10:00", answered: "2025-03-12 10:00");
        Seed.Sql(db.Store, "UPDATE appeal SET registered_at = NULL WHERE register_no = 'R3'");                                  // no registration time
        Seed.Sql(db.Store, """
            UPDATE appeal SET reply_channel = 'email', replied_via = 'email' WHERE register_no = 'R1';
            UPDATE appeal SET reply_channel = 'post', replied_via = 'email' WHERE register_no = 'R2';
            """);
        return db;
    }

    private static IReadOnlyList<CriterionResult> Criteria(TempStore db)
    {
        var indicators = new IndicatorService(db.Store);
        indicators.Refresh(asOf: YearEnd);
        return indicators.Compute(new IndicatorQuery
        {
            Level = OrgLevel.Branch, Granularity = Granularity.Month, From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 3, 1),
        }).Rows.Single(r => r.UnitCode == "B1").Indicators.SelectMany(i => i.Criteria).ToList();
    }

    [Fact]
    public void Registration_IsJudgedOnAppealsWithATime_AndTheOthersAreNamed()
    {
        using var db = Store();

        var registration = Criteria(db).Single(c => c.CriterionId == "exec.registration");
        var summary = new AppealDeadlines(db.Store).Summary(YearEnd, AppealScope.Month(2025, 3, "B1"));

        Assert.Equal((0.5, 2L), (registration.Value, registration.N));           // R1 of R1, R2; R3 is not timed from receipt
        Assert.Contains("нет времени регистрации: 1", registration.Note);
        Assert.Equal((summary.RegisteredInTime, summary.RegistrationJudged, summary.NoRegistration), (1L, 2L, 1L));
    }

    [Fact]
    public void ReplyChannel_IsJudgedWhereTheRegisterCarriesBothChannels()
    {
        using var db = Store();

        var reply = Criteria(db).Single(c => c.CriterionId == "exec.reply_channel");

        Assert.Equal((0.5, 2L), (reply.Value, reply.N));                          // R1 kept, R2 not; R3 carries neither
    }

    [Fact]
    public void NewCriteria_CiteTheirSeedClauses_AndWrittenReplyIsInformativeness()
    {
        var standard = MethodologyRepository.Defaults.Single(d => d.Id == "standard");
        var template = FormTemplates.Get("written-reply")!;

        Assert.Contains("001 §2.2.4", standard.Criteria.Single(c => c.Id == "exec.registration").Source);
        Assert.Contains("002 §9.8", standard.Criteria.Single(c => c.Id == "exec.reply_channel").Source);
        Assert.Equal("informativeness", standard.Criteria.Single(c => c.Id == "inf.written_reply").Indicator);
        Assert.DoesNotContain(standard.Criteria, c => c.Id == "exec.written_reply");
        Assert.All(template.AllItems().Where(i => i.CriterionId is not null), i => Assert.Equal("inf.written_reply", i.CriterionId));
    }
}
