using Analytics.Engine.Actions;
using Analytics.Engine.Store;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Store;

/// <summary>
/// Migration 027 rebuilds corrective_action to admit the kind client_case (DuckDB cannot alter a CHECK): a store that
/// held actions before keeps every row, its history and its ids, and new ids continue after the old ones.
/// </summary>
public class CasesMigrationTests
{
    [Fact]
    public void Migrate027_KeepsExistingActions_AndAdmitsClientCases()
    {
        using var temp = TempStore.Before(27);
        using (var c = temp.Store.Open())
        {
            c.Execute("""
                INSERT INTO corrective_action (source_kind, source_ref, title, owner, due_on, status, created_at, created_by)
                VALUES ('complaint', 'Ж-1', 'Разобрать жалобу', 'Смирнова Ольга Викторовна', DATE '2025-03-31', 'in_progress', TIMESTAMP '2025-03-01', 'quality'),
                       ('audit_item', 'S-1/security', 'Устранить нарушение', 'Орлов Денис Андреевич', DATE '2025-04-15', 'open', TIMESTAMP '2025-03-02', 'quality');
                INSERT INTO corrective_action_event (action_id, seq, happened_at, actor, to_status, note) VALUES (1, 1, TIMESTAMP '2025-03-01', 'quality', 'open', 'opened');
                """);
        }

        // 027 and every later migration apply over the old store.
        Assert.Equal(StoreMigrator.All.Where(m => m.Version >= 27).Select(m => m.Version), new StoreMigrator(temp.Store).Migrate());

        var service = new CorrectiveActionService(temp.Store);
        var kept = service.List(new ActionFilter()).OrderBy(a => a.Id).ToList();
        Assert.Equal([(1L, ActionSource.Complaint, ActionStatus.InProgress), (2L, ActionSource.AuditItem, ActionStatus.Open)],
            kept.Select(a => (a.Id, a.Source, a.Status)));
        Assert.Single(service.History(1));
        var opened = service.Open(new NewCorrectiveAction(ActionSource.ClientCase, "appeal:Ж-2", "Связаться с клиентом", "petrova.as", new DateOnly(2025, 4, 1)), "system");
        Assert.Equal((3L, ActionSource.ClientCase), (opened.Id, opened.Source));
        // The rebuilt table keeps its constraints: a duplicate source is refused, an unknown kind too.
        using var check = temp.Store.Open();
        Assert.ThrowsAny<Exception>(() => check.Execute("""
            INSERT INTO corrective_action (source_kind, source_ref, title, owner, due_on, created_at, created_by)
            VALUES ('rumour', 'x', 't', 'o', DATE '2025-01-01', TIMESTAMP '2025-01-01', 'x')
            """));
    }
}
