using Analytics.Engine.Forms;
using Analytics.Engine.Reports;
using Analytics.Engine.Tests.Reports.Composer;
using Analytics.Engine.Tests.Support;
using Dapper;
using UglyToad.PdfPig;

namespace Analytics.Engine.Tests.Reports;

public class ReportPhotosTests
{
    [Fact]
    public void Annual_PrintsAuditResultsAndEvidencePhotos_WhenChecklistsExist()
    {
        using var temp = new TempStore();
        ReportSeed.Fill(temp.Store);
        // A published checklist: whether a 0 is a failed item is judged against the form version it was filled on (ADR 0030).
        var forms = new Analytics.Engine.Forms.FormService(temp.Store);
        FormItem YesNo(string code) => new() { Code = code, Type = QuestionType.YesNoNa, Text = new(code), Scored = true, Weight = 1 };
        var ms = forms.Create(new FormDefinition
        {
            Code = "ms", Kind = FormKind.Checklist, Title = new("Тайный покупатель: визит в офис"),
            Sections = [new FormSection { Code = "hall", Title = new("Зал"), Items = [YesNo("greeting"), YesNo("badge"), YesNo("ramp")] }],
        }, "test");
        Assert.True(forms.Publish(ms, "test").Published);
        using (var c = temp.Store.Open())
        {
            c.Execute("""
                INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
                  ('K1', $ms, 1, 'O1', 'checklist', '2025-04-10'), ('K2', $ms, 1, 'O2', 'checklist', '2025-04-11');
                INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES
                  ('K1', 'greeting', 1, false), ('K1', 'badge', 0, false), ('K1', 'ramp', NULL, true),
                  ('K2', 'greeting', 1, false), ('K2', 'badge', 1, false);
                -- Only approved audits reach the report (ADR 0022).
                INSERT INTO audit_review VALUES ('K1', 1, 'approved', 'quality', '2025-04-12 10:00', NULL), ('K2', 1, 'approved', 'quality', '2025-04-12 10:00', NULL);
                """, new { ms });
            c.Execute("INSERT INTO evidence (id, submission_id, item_code, file_name, content_type, size_bytes, sha256, taken_at, content) " +
                      "VALUES ('E1', 'K1', 'badge', 'badge.png', 'image/png', 1, '-', '2025-04-10 10:00', $content)",
                new { content = SampleDocuments.Png() });
        }
        using var output = new MemoryStream();

        new ReportService(temp.Store, new ReportOptions()).Annual(2025, output);

        using var pdf = PdfDocument.Open(output.ToArray());
        var text = string.Concat(pdf.GetPages().Select(p => SkiaPdfRendererTests.Normalize(p.Text)));
        // 4 yes/no items checked (N/A excluded), 3 done.
        Assert.Contains("Тайныйпокупатель:визитвофис22475,0%30,1–95,4%", text);
        Assert.Contains("badge12", text);   // failed once in two checks
        Assert.Contains("Фото1.badge—офисO1,10.04.2025", text);
        Assert.DoesNotContain("badge.png", text); // no file names in a published document
        Assert.Equal(1, pdf.GetPages().Sum(p => p.GetImages().Count()));
    }
}
