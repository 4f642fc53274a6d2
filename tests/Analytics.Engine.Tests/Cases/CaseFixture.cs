using Analytics.Engine.Actions;
using Analytics.Engine.Cases;
using Analytics.Engine.Compliance;
using Analytics.Engine.Forms;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Cases;

/// <summary>A clock the test moves: the "fake clock" the escalation runs on.</summary>
internal sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// A fresh store with the small organisation of <see cref="Seed.Org"/> (O11 and O12 in branch B1, company CO), case
/// owners for O11, B1 and CO, and the services on a movable clock.
/// </summary>
internal sealed class CaseFixture : IDisposable
{
    public const string OfficeOwner = "petrova.as";   // Петрова Анна Сергеевна, head of office O11
    public const string BranchOwner = "sokolov.iv";   // Соколов Игорь Владимирович, branch B1
    public const string CompanyOwner = "volkova.ne";  // Волкова Наталья Евгеньевна, customer service director

    public CaseFixture(DateTimeOffset now, CaseOptions? options = null)
    {
        Seed.Org(Temp.Store);
        Clock = new MovableClock(now);
        Actions = new CorrectiveActionService(Temp.Store, Clock);
        Cases = new CaseService(Temp.Store, Actions, new AppealDeadlines(Temp.Store), options ?? new CaseOptions(), Clock);
        Cases.Owners.Set("O11", OfficeOwner, "admin", now.UtcDateTime);
        Cases.Owners.Set("B1", BranchOwner, "admin", now.UtcDateTime);
        Cases.Owners.Set("CO", CompanyOwner, "admin", now.UtcDateTime);
    }

    public TempStore Temp { get; } = new();
    public MovableClock Clock { get; }
    public CorrectiveActionService Actions { get; }
    public CaseService Cases { get; }

    /// <summary>Moscow wall-clock time as the UTC instant a run is passed.</summary>
    public static DateTime Moscow(int y, int m, int d, int h = 10) => new DateTime(y, m, d, h, 0, 0, DateTimeKind.Utc).AddHours(-3);

    /// <summary>Runs as of a Moscow time, moving the clock there first.</summary>
    public CaseRun RunAt(int y, int m, int d, int h = 10)
    {
        var at = Moscow(y, m, d, h);
        Clock.Now = new DateTimeOffset(at);
        return Cases.Run(at);
    }

    /// <summary>A published client-satisfaction questionnaire and one online response with the given NPS.</summary>
    public void Response(string id, string office, DateTime submittedUtc, int nps, int csat = 4)
    {
        var forms = new FormService(Temp.Store);
        using var c = Temp.Store.Open();
        var definition = c.ExecuteScalar<string?>("SELECT id FROM form_definition WHERE code = 'client-satisfaction'");
        if (definition is null)
        {
            definition = forms.CreateFromTemplate("client-satisfaction", "client-satisfaction");
            forms.Publish(definition);
        }
        c.Execute("""
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ($id, $definition, 1, $office, 'online', $submittedUtc);
            INSERT INTO answer (submission_id, item_code, value_num) VALUES ($id, 'nps', $nps), ($id, 'csat', $csat);
            """, new { id, definition, office, submittedUtc, nps, csat });
    }

    public IReadOnlyList<string> AuditActions(long id)
    {
        using var c = Temp.Store.Open();
        return [.. c.Query<string>("SELECT action FROM audit_entry WHERE entity_kind = 'corrective_action' AND entity_id = $id ORDER BY seq",
            new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })];
    }

    public void Dispose() => Temp.Dispose();
}
