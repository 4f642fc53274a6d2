using Analytics.Engine.Forms;
using Analytics.Engine.Tests.Support;
using Dapper;
using SkiaSharp;

namespace Analytics.Engine.Tests.Forms;

public class SubmissionStoreTests
{
    private static (FormService Service, string Id) Published(TempStore temp, string template = "client-satisfaction")
    {
        var service = new FormService(temp.Store);
        var id = service.CreateFromTemplate(template, template);
        Assert.True(service.Publish(id).Published);
        return (service, id);
    }

    private static Dictionary<string, AnswerValue> Satisfied() => new()
    {
        ["channel"] = AnswerValue.OfChoices("phone"), ["csat"] = AnswerValue.Of(5), ["ces"] = AnswerValue.Of(6),
        ["resolved"] = AnswerValue.Of("yes"), ["nps"] = AnswerValue.Of(9),
    };

    private static long Count(TempStore temp, string sql)
    {
        using var c = temp.Store.Open();
        return c.ExecuteScalar<long>(sql);
    }

    [Fact]
    public void Submit_ReturnsSameReceiptAndStoresOnce_WhenRepeated()
    {
        using var temp = new TempStore();
        var (service, _) = Published(temp);
        var request = new SubmissionRequest { Id = "c0ffee-1", Form = "client-satisfaction", Answers = Satisfied() };

        var first = service.Submit(request);
        var second = service.Submit(request with { Answers = new Dictionary<string, AnswerValue>() });

        Assert.False(first.Repeated);
        Assert.True(second.Repeated);
        Assert.Equal((first.Id, first.Version), (second.Id, second.Version));
        Assert.Equal(1, Count(temp, "SELECT count(*) FROM submission"));
        Assert.Equal(5, Count(temp, "SELECT count(*) FROM answer"));
    }

    [Fact]
    public void Submit_RejectsAndStoresNothing_WhenRequiredVisibleAnswerMissing()
    {
        using var temp = new TempStore();
        var (service, _) = Published(temp);
        var answers = Satisfied();
        answers.Remove("nps");

        var ex = Assert.Throws<SubmissionRejectedException>(() => service.Submit(new SubmissionRequest { Id = "x1", Form = "client-satisfaction", Answers = answers }));

        Assert.Contains(ex.Errors, e => e.ItemCode == "nps");
        Assert.Equal(0, Count(temp, "SELECT count(*) FROM submission"));
    }

    [Fact]
    public void Submit_DropsHiddenAnswers_AndChecksRanges()
    {
        using var temp = new TempStore();
        var (service, _) = Published(temp);
        var answers = Satisfied();
        answers["wait_ok"] = AnswerValue.Of("no");   // shown only for in-person visits
        service.Submit(new SubmissionRequest { Id = "x2", Form = "client-satisfaction", Answers = answers });
        Assert.Equal(0, Count(temp, "SELECT count(*) FROM answer WHERE item_code = 'wait_ok'"));

        answers["nps"] = AnswerValue.Of(11);
        var ex = Assert.Throws<SubmissionRejectedException>(() => service.Submit(new SubmissionRequest { Id = "x3", Form = "client-satisfaction", Answers = answers }));
        Assert.Contains("не больше 10", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void Submit_KeepsAnsweringTheOldVersion_AfterRepublish()
    {
        using var temp = new TempStore();
        var (service, id) = Published(temp);
        service.SaveDraft(id, service.Forms.Draft(id)! with { Title = new("v2") });
        service.Publish(id);

        var receipt = service.Submit(new SubmissionRequest { Id = "old", Form = id, Version = 1, Answers = Satisfied() });
        Assert.Equal(1, receipt.Version);
        Assert.Equal(2, service.Submit(new SubmissionRequest { Id = "new", Form = id, Answers = Satisfied() }).Version);
    }

    [Fact]
    public void Submit_SpendsInvitationOnce()
    {
        using var temp = new TempStore();
        var (service, id) = Published(temp);
        var token = service.CreateInvitations(id, 1).Single();

        service.Submit(new SubmissionRequest { Id = "t1", Form = id, Token = token, Answers = Satisfied() });
        Assert.Throws<SubmissionRejectedException>(() => service.Submit(new SubmissionRequest { Id = "t2", Form = id, Token = token, Answers = Satisfied() }));
        Assert.True(service.Submit(new SubmissionRequest { Id = "t1", Form = id, Token = token, Answers = Satisfied() }).Repeated);
    }

    [Fact]
    public void Submit_ScoresChecklist_AndRefusesUnassignedOffice()
    {
        using var temp = new TempStore();
        var (service, id) = Published(temp, "client-mailbox");
        service.AssignOffices("auditor1", ["OF-1"]);
        var answers = new Dictionary<string, AnswerValue>
        {
            ["place"] = AnswerValue.OfChoices("recommended"), ["present"] = AnswerValue.Of("yes"), ["style"] = AnswerValue.Of("no"),
            ["phone_shown"] = AnswerValue.Of("yes"), ["purpose"] = AnswerValue.OfChoices("appeals"), ["weekly_collection"] = AnswerValue.Of("yes"),
            ["collected_by_crm"] = AnswerValue.Na, ["capacity"] = AnswerValue.Na,
        };
        var request = new SubmissionRequest { Id = "m1", Form = id, Source = SubmissionSource.Checklist, Auditor = "auditor1", OfficeCode = "OF-1", Answers = answers };

        Assert.Equal(5.0 / 6, service.Submit(request).Score!.Value, 10);   // (1+0+1+3)/(1+1+1+3)
        Assert.Throws<SubmissionRejectedException>(() => service.Submit(request with { Id = "m2", OfficeCode = "OF-2" }));
    }

    [Fact]
    public void Submit_StoresEvidence_ScaledDownWithHash()
    {
        using var temp = new TempStore();
        var (service, id) = Published(temp, "client-mailbox");
        using var bitmap = new SKBitmap(4000, 3000);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();
        var answers = new Dictionary<string, AnswerValue> { ["place"] = AnswerValue.OfChoices("recommended"), ["present"] = AnswerValue.Of("no"), ["photo_mailbox"] = AnswerValue.Of("mailbox.jpg") };

        service.Submit(new SubmissionRequest { Id = "e1", Form = id, Answers = answers, Evidence = [new("photo_mailbox", "mailbox.jpg", "image/jpeg", jpeg)] });

        using var c = temp.Store.Open();
        var (w, h, sha) = c.QuerySingle<(int, int, string)>("SELECT width, height, sha256 FROM evidence WHERE submission_id = 'e1'");
        Assert.Equal((2048, 1536), (w, h));
        Assert.Equal(64, sha.Length);
    }

    [Fact]
    public void Submit_RejectsEvidence_WhenTypeNotAllowed()
    {
        using var temp = new TempStore();
        var (service, id) = Published(temp, "client-mailbox");
        var answers = new Dictionary<string, AnswerValue> { ["present"] = AnswerValue.Of("no") };
        Assert.Throws<SubmissionRejectedException>(() => service.Submit(new SubmissionRequest
        {
            Id = "e2", Form = id, Answers = answers, Evidence = [new("photo_mailbox", "a.exe", "application/x-msdownload", [1, 2, 3])],
        }));
    }

    [Fact]
    public void Submit_RejectsUnknownOffice_OnceOrganisationIsLoaded()
    {
        using var temp = new TempStore();
        var (service, id) = Published(temp);
        using (var c = temp.Store.Open()) c.Execute("INSERT INTO org_unit (code, level, name) VALUES ('OF1', 'office', 'Офис 1')");

        service.Submit(new SubmissionRequest { Id = "o1", Form = id, OfficeCode = "OF1", Answers = Satisfied() });
        var ex = Assert.Throws<SubmissionRejectedException>(() => service.Submit(new SubmissionRequest { Id = "o2", Form = id, OfficeCode = "HACK", Answers = Satisfied() }));
        Assert.Contains("«HACK» не найден", ex.Message);
    }
}
