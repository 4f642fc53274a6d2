using System.Security.Cryptography;
using System.Text.Json;
using Analytics.Engine.Actions;
using Analytics.Engine.Audit;
using Analytics.Engine.Forms;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using Dapper;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Audit;

/// <summary>The services' changes land in the trail with who, what and before → after; the chain names what was tampered with.</summary>
public class AuditTrailTests
{
    private static IReadOnlyList<AuditEntry> Entries(TempStore temp, string kind) =>
        new AuditTrail(temp.Store).List(new AuditFilter(EntityKind: kind));

    private static void Sql(TempStore temp, string sql)
    {
        using var c = temp.Store.Open();
        c.Execute(sql);
    }

    [Fact]
    public void Publish_RecordsTheFormVersionWithPublisherAndContentHash()
    {
        using var temp = new TempStore();
        var service = new FormService(temp.Store);
        var id = service.CreateFromTemplate("client-satisfaction", "csat-audit", "designer1");

        Assert.True(service.Publish(id, "designer1").Published);

        var publish = Assert.Single(Entries(temp, AuditKinds.Form), e => e.Action == "publish");
        Assert.Equal(("designer1", $"{id} v1"), (publish.Actor, publish.EntityId));
        var after = JsonDocument.Parse(publish.AfterJson!).RootElement;
        Assert.Equal(1, after.GetProperty("version").GetInt32());
        Assert.Equal(64, after.GetProperty("sha256").GetString()!.Length);
        Assert.Contains(Entries(temp, AuditKinds.Form), e => e.Action == "create" && e.EntityId == id && e.BeforeJson is null);
    }

    [Fact]
    public void Copy_RecordsTheMethodologyCopyAndWhatItIsBasedOn()
    {
        using var temp = new TempStore();
        var repo = new MethodologyRepository(temp.Store);

        var copy = repo.Copy("standard", "acme", m => m with { MinimumN = 50 }, "analyst");

        var entry = Assert.Single(Entries(temp, AuditKinds.Methodology), e => e.EntityId == $"acme v{copy.Version}");
        Assert.Equal(("analyst", "copy"), (entry.Actor, entry.Action));
        Assert.Contains("\"basedOn\":\"standard@", entry.AfterJson);
    }

    [Fact]
    public void Move_RecordsTheActionStatusBeforeAndAfter()
    {
        using var temp = new TempStore();
        var service = new CorrectiveActionService(temp.Store);
        var action = service.Open(new NewCorrectiveAction(ActionSource.AuditItem, "sub-1/greeting", "Оператор не представился",
            "Иванова И. И.", new DateOnly(2025, 3, 31), OfficeCode: "OF-01", BranchCode: "BR-1"), "quality");

        service.Move(action.Id, ActionStatus.InProgress, "owner");

        var move = Assert.Single(Entries(temp, AuditKinds.CorrectiveAction), e => e.Action == "status");
        Assert.Equal(("owner", action.Id.ToString()), (move.Actor, move.EntityId));
        Assert.Equal("Open", JsonDocument.Parse(move.BeforeJson!).RootElement.GetProperty("Status").GetString());
        Assert.Equal("InProgress", JsonDocument.Parse(move.AfterJson!).RootElement.GetProperty("Status").GetString());
    }

    [Fact]
    public void Import_RecordsFileHashAndCounts()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", string.Join("\n", AppealHeader, Appeal("A-1"), Appeal("A-2"), Appeal("A-2")));
        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

        var summary = temp.Import(ImportKind.Appeals, path, new ImportOptions { Actor = "loader" });

        var entry = Assert.Single(Entries(temp, AuditKinds.Import));
        Assert.Equal(("loader", summary.ImportId.ToString()), (entry.Actor, entry.EntityId));
        var after = JsonDocument.Parse(entry.AfterJson!).RootElement;
        Assert.Equal("a.csv", after.GetProperty("file").GetString());
        Assert.Equal(expected, after.GetProperty("sha256").GetString());
        Assert.Equal((3L, 2L, 1L, 0L), (after.GetProperty("read").GetInt64(), after.GetProperty("stored").GetInt64(),
            after.GetProperty("duplicates").GetInt64(), after.GetProperty("rejected").GetInt64()));
    }

    [Fact]
    public void AssignOffices_RecordsTheAuditorsOfficesBeforeAndAfter()
    {
        using var temp = new TempStore();
        var service = new FormService(temp.Store);
        service.AssignOffices("auditor1", ["O2"], "designer1");

        service.AssignOffices("auditor1", ["O3", "O1"], "designer1");

        var last = Entries(temp, AuditKinds.Assignment)[0];
        Assert.Equal(("designer1", "auditor1"), (last.Actor, last.EntityId));
        Assert.Equal("""{"offices":["O2"]}""", last.BeforeJson);
        Assert.Equal("""{"offices":["O1","O3"]}""", last.AfterJson);
    }

    [Fact]
    public void Append_MasksPersonalDataInBeforeAndAfter()
    {
        using var temp = new TempStore();
        var trail = new AuditTrail(temp.Store);

        trail.Append("admin", "update", "appeal", "A-1",
            new { consumer_phone = "+79161234567", topic = "Счёт" },
            new { ConsumerPhone = "+79160000000", consumerName = "Иванов Иван", answers = new[] { new { contact = "ivan@example.ru" } } });

        var entry = Assert.Single(trail.List(new AuditFilter()));
        Assert.DoesNotContain("79161234567", entry.BeforeJson);
        Assert.Contains("\"consumer_phone\":\"+***7\"", entry.BeforeJson);
        Assert.Contains("Счёт", entry.BeforeJson);
        Assert.DoesNotContain("79160000000", entry.AfterJson);
        Assert.DoesNotContain("Иванов Иван", entry.AfterJson);
        Assert.DoesNotContain("ivan@example.ru", entry.AfterJson);
        Assert.True(trail.Verify().Intact);
    }

    private static AuditTrail Chain(TempStore temp, int count)
    {
        var trail = new AuditTrail(temp.Store);
        for (var i = 1; i <= count; i++) trail.Append($"user{i}", "update", AuditKinds.Setting, $"s{i}", new { value = i - 1 }, new { value = i });
        return trail;
    }

    [Fact]
    public void Verify_IsIntact_OnAFreshChain()
    {
        using var temp = new TempStore();
        var trail = Chain(temp, 5);

        Assert.Equal(new AuditVerification(5, true, null, null), trail.Verify());
        Assert.Equal(new AuditVerification(0, true, null, null), new AuditTrail(new TempStore().Store).Verify());
    }

    [Fact]
    public void Verify_NamesTheEditedEntry_WhenOneIsChangedInTheStore()
    {
        using var temp = new TempStore();
        var trail = Chain(temp, 5);

        Sql(temp, "UPDATE audit_entry SET after_json = '{\"value\":99}' WHERE seq = 3");

        var result = trail.Verify();
        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstBroken);
    }

    [Fact]
    public void Verify_NamesTheLinkAfterIt_WhenOneIsDeleted()
    {
        using var temp = new TempStore();
        var trail = Chain(temp, 5);

        Sql(temp, "DELETE FROM audit_entry WHERE seq = 2");

        var result = trail.Verify();
        Assert.Equal((4L, false, (long?)3), (result.Entries, result.Intact, result.FirstBroken));
    }

    [Fact]
    public void Verify_NamesTheNextLink_WhenAnEditRecomputesTheEntrysOwnHash()
    {
        using var temp = new TempStore();
        var trail = Chain(temp, 4);
        var forged = trail.List(new AuditFilter()).Single(e => e.Seq == 2) with { Actor = "someone-else" };

        Sql(temp, $"UPDATE audit_entry SET actor = 'someone-else', hash = '{AuditTrail.HashOf(forged with { Hash = "" })}' WHERE seq = 2");

        Assert.Equal(3, trail.Verify().FirstBroken);
    }

    [Fact]
    public void Prune_KeepsTheRestVerifiable_BehindAnAnchor()
    {
        using var temp = new TempStore();
        var trail = Chain(temp, 4);
        Sql(temp, "UPDATE audit_entry SET at_utc = TIMESTAMP '2019-01-01 00:00:00' WHERE seq <= 2");
        // The backdating above changed two entries' content: re-seal them so only pruning is under test.
        Reseal(temp);

        Assert.Equal(2, trail.Prune(retentionYears: 3, actor: "admin"));

        var left = trail.List(new AuditFilter());
        Assert.Equal([5L, 4L, 3L], left.Select(e => e.Seq));
        Assert.Equal("prune", left[0].Action);
        Assert.Equal(new AuditVerification(3, true, null, null), trail.Verify());
        Sql(temp, "DELETE FROM audit_entry WHERE seq = 3");
        Assert.Equal(4, trail.Verify().FirstBroken);
    }

    private static void Reseal(TempStore temp)
    {
        using var c = temp.Store.Open();
        var previous = AuditTrail.Genesis;
        foreach (var e in c.Query<AuditEntry>(AuditTrail.SelectColumns + " ORDER BY seq").ToList())
        {
            var hash = AuditTrail.HashOf(e with { PrevHash = previous });
            c.Execute("UPDATE audit_entry SET prev_hash = $p, hash = $h WHERE seq = $s", new { p = previous, h = hash, s = e.Seq });
            previous = hash;
        }
    }
}
