using Analytics.Engine.Forms;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Forms;

/// <summary>The group-commit writer against a real DuckDB file: batching, exactly-once, a failing row, shutdown.</summary>
public class SubmissionWriterTests
{
    private static (FormService Service, string Id) Published(TempStore temp)
    {
        var service = new FormService(temp.Store);
        var id = service.CreateFromTemplate("client-satisfaction", "csat");
        Assert.True(service.Publish(id).Published);
        return (service, id);
    }

    private static Dictionary<string, AnswerValue> Answers(int i) => new()
    {
        ["channel"] = AnswerValue.OfChoices("phone"), ["csat"] = AnswerValue.Of(1 + i % 5), ["ces"] = AnswerValue.Of(1 + i % 7),
        ["resolved"] = AnswerValue.Of("yes"), ["nps"] = AnswerValue.Of(i % 11),
    };

    private static long Count(TempStore temp, string sql)
    {
        using var c = temp.Store.Open();
        return c.ExecuteScalar<long>(sql);
    }

    private static Task<SubmissionReceipt> Post(FormService service, string form, string id, int i, string? token = null) =>
        Task.Run(() => service.SubmitAsync(new SubmissionRequest { Id = id, Form = form, Token = token, Answers = Answers(i) }));

    [Fact]
    public async Task ConcurrentSubmissions_AreAllStoredOnce_InFewerTransactionsThanSubmissions()
    {
        using var temp = new TempStore();
        var (service, form) = Published(temp);
        var writer = SubmissionWriter.For(temp.Store);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Post(service, form, $"s{i}", i)));

        Assert.All(receipts, r => Assert.False(r.Repeated));
        Assert.Equal(300, receipts.Select(r => r.Id).Distinct().Count());
        Assert.Equal(300, Count(temp, "SELECT count(*) FROM submission"));
        Assert.Equal(1500, Count(temp, "SELECT count(*) FROM answer"));
        Assert.Equal(300, writer.Totals.Stored);
        Assert.True(writer.Totals.Batches < 300, $"expected group commits, got {writer.Totals.Batches} batches for 300 submissions");
    }

    [Fact]
    public async Task ConcurrentRepeatsOfOneId_StoreItOnce_AndEveryDeliveryGetsTheSameReceipt()
    {
        using var temp = new TempStore();
        var (service, form) = Published(temp);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Post(service, form, $"dup{i % 40}", i % 40)));

        Assert.Equal(40, Count(temp, "SELECT count(*) FROM submission"));
        Assert.Equal(200, Count(temp, "SELECT count(*) FROM answer"));
        foreach (var group in receipts.GroupBy(r => r.Id))
        {
            Assert.Equal(5, group.Count());
            Assert.Single(group, r => !r.Repeated);
            Assert.Single(group.Select(r => (r.DefinitionId, r.Version, r.SubmittedAt)).Distinct());
        }
    }

    [Fact]
    public async Task ARowThatBreaksTheBatch_FailsOnlyItsOwnCaller()
    {
        using var temp = new TempStore();
        var (service, form) = Published(temp);
        // An answer already stored under "bad" (as a faulty import might leave) makes its insert violate the key.
        using (var c = temp.Store.Open())
            c.Execute("INSERT INTO answer (submission_id, item_code, value_num) VALUES ('bad', 'csat', 1)");
        var token = service.CreateInvitations(form, 1).Single();
        using (var c = temp.Store.Open())
            c.Execute("UPDATE invitation SET used_at = current_timestamp WHERE token = $token", new { token });

        var good = Enumerable.Range(0, 60).Select(i => Post(service, form, $"g{i}", i)).ToList();
        var bad = Post(service, form, "bad", 1);
        var spent = Post(service, form, "spent", 2, token);

        await Task.WhenAll(good);
        await Assert.ThrowsAnyAsync<Exception>(() => bad);
        await Assert.ThrowsAsync<SubmissionRejectedException>(() => spent);
        Assert.Equal(60, Count(temp, "SELECT count(*) FROM submission"));
        Assert.Equal(0, Count(temp, "SELECT count(*) FROM submission WHERE id IN ('bad', 'spent')"));
        Assert.Equal(300, Count(temp, "SELECT count(*) FROM answer WHERE submission_id LIKE 'g%'"));
    }

    [Fact]
    public async Task Dispose_DrainsTheQueue_AndRefusesNewSubmissions()
    {
        using var temp = new TempStore();
        var (service, form) = Published(temp);
        var writer = SubmissionWriter.For(temp.Store);
        var queued = Enumerable.Range(0, 200)
            .Select(i => service.SubmitAsync(new SubmissionRequest { Id = $"q{i}", Form = form, Answers = Answers(i) })).ToList();

        writer.Dispose();

        Assert.All(queued, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.Equal(200, Count(temp, "SELECT count(*) FROM submission"));
        Assert.Same(writer, SubmissionWriter.For(temp.Store));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => service.SubmitAsync(new SubmissionRequest { Id = "late", Form = form, Answers = Answers(1) }));
        Assert.Equal(0, Count(temp, "SELECT count(*) FROM submission WHERE id = 'late'"));
    }
}
