using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Imports;

/// <summary>A damaged XLSX upload is a 422 naming the damaged part, not a 500 (#21.4).</summary>
public class DamagedUploadTests
{
    [Fact]
    public async Task Upload_Returns422_NamingThePart_WhenTheSheetXmlIsBroken()
    {
        await using var factory = new DashboardFactory();
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var file = new ByteArrayContent(BrokenWorkbook());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await client.PostAsync("/api/imports?kind=appeals", new MultipartFormDataContent { { file, "file", "broken.xlsx" } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("файл повреждён", body);
        Assert.Contains("xl/worksheets/sheet1.xml", body);
    }

    /// <summary>A workbook whose sheet XML breaks off in the middle of a row.</summary>
    private static byte[] BrokenWorkbook()
    {
        const string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            Entry("xl/workbook.xml", $"<workbook xmlns=\"{ns}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Entry("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            var header = string.Concat("Рег. номер,Код офиса,Тип потребителя,Канал,Вид обращения,Дата поступления,Тема".Split(',')
                .Select((h, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{h}</t></is></c>"));
            Entry("xl/worksheets/sheet1.xml", $"<worksheet xmlns=\"{ns}\"><sheetData><row r=\"1\">{header}</row><row r=\"2\"><c r=\"A2\" t=\"inl");
        }
        return buffer.ToArray();
    }
}
