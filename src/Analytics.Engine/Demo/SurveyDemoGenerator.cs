using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;
using static Analytics.Engine.Demo.SurveyDemoProfile;

namespace Analytics.Engine.Demo;

/// <summary>What the survey demo wrote.</summary>
public sealed record SurveyDemoResult(int FormsPublished, int Questionnaires, int Audits, int Answers, bool AlreadyPresent);

/// <summary>
/// Fills the store with survey and audit demo data: publishes every template, assigns demo auditors to offices,
/// and writes client questionnaires (CSAT, NPS, CES, channel, Russian comments) and mystery-shopper audits
/// (office visit, phone call, stands, website) for three full years plus the current one up to <c>today</c>, with branch
/// differences, a few failing offices, winter and summer dips and a slow improvement. Deterministic for a seed;
/// a second run adds nothing. Offices come from <c>org_unit</c>, which must be filled first.
/// </summary>
public static class SurveyDemoGenerator
{
    private static readonly string[] AuditTemplates = ["office-visit", "phone-call", "information-stands", "website-clients"];

    public static SurveyDemoResult Generate(AnalyticsStore store, int seed, DateOnly today, double scale, IProgress<string>? progress, DateTime? now = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        var random = new Random(seed);
        // Holding one connection keeps the native database loaded, so the many short operations below stay cheap.
        using var keepAlive = store.Open();
        var service = new FormService(store);
        var published = PublishTemplates(service);
        progress?.Report($"survey demo: {published.Count} forms published");

        using (var c = store.Open())
            if (c.ExecuteScalar<long>("SELECT count(*) FROM submission WHERE source = 'demo'") > 0)
                return new SurveyDemoResult(published.Count, 0, 0, 0, AlreadyPresent: true);

        List<(string Code, string? Branch, int? Category)> rows;
        using (var c = store.Open())
            rows = [.. c.Query<(string, string?, int?)>("SELECT code, parent_code, category FROM org_unit WHERE level = 'office' AND closed_on IS NULL")];
        if (rows.Count == 0) throw new InvalidOperationException("Survey demo needs offices in org_unit; generate the demo organisation first.");
        var offices = Offices(rows, random);
        AssignAuditors(service, offices);

        // The same years as the organisation demo (three full years plus this one), so every period has evidence.
        var start = new DateOnly(today.Year - 3, 1, 1);
        // Moscow wall clock; nothing is submitted after it (the end of today when no "now" is given).
        var horizon = now ?? today.ToDateTime(new TimeOnly(23, 59, 59));
        using var writer = new DemoSubmissionWriter(store);
        var questionnaire = published["client-satisfaction"];
        int questionnaires = 0, audits = 0;
        for (var month = start; month <= today; month = month.AddMonths(1))
        {
            foreach (var office in offices)
            {
                var quality = At(office, month, start);
                var volume = scale * (office.Category switch { 1 => 14.0, 2 => 9.0, _ => 5.0 });
                for (var i = Poisson(random, volume); i > 0; i--)
                {
                    var at = Moment(random, month, today);
                    if (at > horizon) continue;
                    var channel = Pick(random, ("in_person", 45.0), ("phone", 30.0), ("internet", 18.0), ("post", 5.0), ("other", 2.0));
                    var answers = SurveyDemoAnswers.Questionnaire(random, quality, channel);
                    writer.Add($"demo-q-{office.Code}-{at:yyyyMMddHHmmss}-{i}", questionnaire, office.Code, at, answers, auditor: null, random);
                    questionnaires++;
                }
                // Mystery shopping: a visit and a call each quarter, stands twice a year.
                if (month.Month % 3 == 2) audits += Audit(writer, published["office-visit"], office, quality, month, today, random, horizon);
                if (month.Month % 3 == 1) audits += Audit(writer, published["phone-call"], office, quality, month, today, random, horizon);
                if (month.Month is 4 or 10) audits += Audit(writer, published["information-stands"], office, quality, month, today, random, horizon);
            }
            if (month.Month % 3 == 0)
            {
                var companyQuality = offices.Average(o => At(o, month, start));
                audits += Audit(writer, published["website-clients"], null, companyQuality, month, today, random, horizon);
            }
            if (month.Month == 12 || month == new DateOnly(today.Year, today.Month, 1)) progress?.Report($"survey demo: {month:yyyy-MM}, {questionnaires} responses, {audits} audits");
        }
        writer.Flush();
        return new SurveyDemoResult(published.Count, questionnaires, audits, writer.Answers, AlreadyPresent: false);
    }

    private static int Audit(DemoSubmissionWriter writer, PublishedForm form, SurveyDemoOffice? office, double quality, DateOnly month, DateOnly today, Random random, DateTime horizon)
    {
        var at = Moment(random, month, today);
        if (at > horizon) return 0;
        var answers = SurveyDemoAnswers.Audit(form.Definition, random, quality, at);
        var auditor = DemoStaff.AuditorOf(office is null ? null : office.Branch ?? "hq").Login;
        writer.Add($"demo-a-{form.Definition.Code}-{office?.Code ?? "company"}-{month:yyyyMM}", form, office?.Code, at, answers, auditor, random);
        return 1;
    }

    private static Dictionary<string, PublishedForm> PublishTemplates(FormService service)
    {
        var result = new Dictionary<string, PublishedForm>();
        foreach (var template in FormTemplates.All)
        {
            var existing = service.Forms.Find(template.Code);
            var id = existing?.Id ?? service.CreateFromTemplate(template.Code, template.Code, "demo");
            if (service.Forms.Version(id) is null)
            {
                var outcome = service.Publish(id, "demo");
                if (!outcome.Published) throw new InvalidOperationException($"Template {template.Code} does not validate: {string.Join("; ", outcome.Issues)}");
            }
            result[template.Code] = service.Forms.Version(id)!;
        }
        return result;
    }

    private static void AssignAuditors(FormService service, List<SurveyDemoOffice> offices)
    {
        foreach (var branch in offices.GroupBy(o => o.Branch ?? "hq"))
            service.AssignOffices(DemoStaff.AuditorOf(branch.Key).Login, branch.Select(o => o.Code));
    }

    /// <summary>A working-hours moment in the month, not after today.</summary>
    private static DateTime Moment(Random r, DateOnly month, DateOnly today)
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var day = month.AddDays(r.Next(days));
        if (day > today) day = today;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && day.Day > 1) day = day.AddDays(-1);
        return day.ToDateTime(new TimeOnly(8 + r.Next(9), r.Next(60), r.Next(60)));
    }
}
