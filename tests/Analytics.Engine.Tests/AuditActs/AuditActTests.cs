using Analytics.Engine.AuditActs;
using Analytics.Engine.Tests.Reports;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.AuditActs;

public class AuditActTests
{
    private static readonly DateTime Start = new(2026, 3, 12, 7, 5, 0, DateTimeKind.Utc);   // 10:05 in Moscow

    [Fact]
    public void Act_TextHoldsEveryFailedItemClauseAndHashes_AndPagesRender()
    {
        using var temp = new TempStore();
        var forms = ActSeed.Org(temp.Store);
        ActSeed.Audit(forms, "A-1", Start, failed: ["name_plate", "cons_cost", "clean"], photos: [ActSeed.Photo(1), ActSeed.Photo(2)]);
        var service = new AuditActService(temp.Store);
        var act = service.Load("A-1")!;
        using var pdf = new MemoryStream();

        var pages = service.Act("A-1", pdf).PageCount;

        var (code, text, error) = PdfTools.Poppler("pdftotext", pdf.ToArray(), temp.Directory_, ["-enc", "UTF-8"], "-");
        Assert.True(code == 0, error);
        Assert.Equal(3, act.Failed.Count);
        foreach (var f in act.Failed) Assert.Contains(Squash(f.Requirement), Squash(text));
        // Clauses cited in Russian form, by the rule the Declaration uses (Citations), never «002 §7.3.1».
        // (pdftotext interleaves the clause cell's lines with the section cell beside it: the parts are checked.)
        foreach (var part in new[] { "Стандарт для юрлиц,", "п. 7.3.1", "Стандарт качества,", "п. 7.1.4" })   // name_plate's, cons_cost's
            Assert.Contains(part, text);
        Assert.DoesNotContain("§", text);
        Assert.Contains(act.SubmissionSha256.ToUpperInvariant(), text);
        Assert.Equal(2, act.Photos.Count);
        foreach (var p in act.Photos) Assert.Contains(p.Sha256.ToUpperInvariant(), text);
        Assert.Contains("Иванова Мария Петровна", text);
        Assert.Contains("12.03.2026 10:05", text);             // Moscow time, not UTC
        Assert.Contains("На проверке", text);                  // no review yet
        Assert.Contains("Центральный клиентский офис", text);

        var (rc, _, renderError) = PdfTools.Poppler("pdftoppm", pdf.ToArray(), temp.Directory_, ["-png", "-r", "60"], Path.Combine(temp.Directory_, "page"));
        Assert.True(rc == 0, renderError);
        Assert.Equal(pages, Directory.GetFiles(temp.Directory_, "page*.png").Length);
    }

    [Fact]
    public void Act_PrintsLatestReviewDecision_WhenReviewed()
    {
        using var temp = new TempStore();
        var forms = ActSeed.Org(temp.Store);
        ActSeed.Audit(forms, "A-1", Start);
        using (var c = temp.Store.Open())
            c.Execute("""
                INSERT INTO audit_review VALUES ('A-1', 1, 'returned', 'petrov', '2026-03-13 09:00', 'Нет фото входа'),
                                                ('A-1', 2, 'approved', 'petrov', '2026-03-14 11:30', 'Принято после доработки');
                """);

        var act = new AuditActService(temp.Store).Load("A-1")!;

        Assert.Equal(("approved", "Петров Олег Игоревич", "Принято после доработки"), (act.Review.State, act.Review.Reviewer, act.Review.Comment));
        Assert.Equal(new DateTime(2026, 3, 14, 14, 30, 0), act.Review.DecidedLocal);
    }

    [Fact]
    public void SubmissionHash_ChangesWhenOneAnswerChanges()
    {
        using var temp = new TempStore();
        var forms = ActSeed.Org(temp.Store);
        ActSeed.Audit(forms, "A-1", Start);
        var service = new AuditActService(temp.Store);
        var before = service.Load("A-1")!.SubmissionSha256;
        Assert.Equal(before, service.Load("A-1")!.SubmissionSha256);

        using (var c = temp.Store.Open()) c.Execute("UPDATE answer SET value_text = 'no', value_num = 0 WHERE submission_id = 'A-1' AND item_code = 'clean'");

        Assert.NotEqual(before, service.Load("A-1")!.SubmissionSha256);
    }

    [Fact]
    public void Act_ThrowsNotFound_ForUnknownSubmission()
    {
        using var temp = new TempStore();
        Assert.Throws<AuditActNotFoundException>(() => new AuditActService(temp.Store).Act("nope", new MemoryStream()));
    }

    [Fact]
    public void Acts_WritesOnePdfPerAuditAndManifest()
    {
        using var temp = new TempStore();
        var forms = ActSeed.Org(temp.Store);
        ActSeed.Audit(forms, "A-1", Start);
        ActSeed.Audit(forms, "A-2", Start.AddDays(1), office: "O2", lat: null, lon: null);
        ActSeed.Audit(forms, "A-3", Start.AddDays(40));
        using var zip = new MemoryStream();

        var result = new AuditActService(temp.Store).Acts(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), zip);

        Assert.Equal(2, result.Acts);
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip.ToArray()));
        Assert.Equal(["2026-03-12_O1_A-1.pdf", "2026-03-13_O2_A-2.pdf", "manifest.json"], archive.Entries.Select(e => e.FullName).Order().ToArray());
        using var manifest = System.Text.Json.JsonDocument.Parse(archive.GetEntry("manifest.json")!.Open());
        Assert.Equal(2, manifest.RootElement.GetProperty("acts").GetArrayLength());
    }

    internal static string Squash(string s) => string.Concat(s.Where(ch => !char.IsWhiteSpace(ch) && ch != '-' && ch != '\u00AD'));
}
