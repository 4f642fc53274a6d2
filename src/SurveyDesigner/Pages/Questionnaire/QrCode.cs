using QRCoder;

namespace SurveyDesigner.Pages.Questionnaire;

/// <summary>QR codes for the public questionnaire link of an office (printed on stands and receipts).</summary>
public static class QrCode
{
    /// <summary>The public link of a questionnaire, optionally for one office.</summary>
    public static string Link(string baseUri, string formCode, string? officeCode) =>
        $"{baseUri.TrimEnd('/')}/q/{Uri.EscapeDataString(formCode)}" + (officeCode is null ? "" : $"?office={Uri.EscapeDataString(officeCode)}");

    /// <summary>A PNG of the QR code; error correction M survives a scratched print.</summary>
    public static byte[] Png(string text, int pixelsPerModule = 10)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    public static string DataUri(string text) => "data:image/png;base64," + Convert.ToBase64String(Png(text, 8));
}
