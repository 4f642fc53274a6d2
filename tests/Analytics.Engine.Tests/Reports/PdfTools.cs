using System.Diagnostics;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Composer.Skia;

namespace Analytics.Engine.Tests.Reports;

/// <summary>Renders documents to bytes and runs poppler's command-line tools over the result.</summary>
internal static class PdfTools
{
    public static byte[] Render(ReportDocument document, out int pages)
    {
        using var stream = new MemoryStream();
        pages = new SkiaPdfRenderer().Render(document, stream).PageCount;
        return stream.ToArray();
    }

    /// <summary>Runs a poppler tool (pdftoppm, pdffonts) on <paramref name="pdf"/>; poppler-utils must be installed (CI installs it).</summary>
    public static (int ExitCode, string Output, string Error) Poppler(string tool, byte[] pdf, string directory, string[] arguments, string? outputPrefix = null)
    {
        var file = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add(file);
        if (outputPrefix is not null) start.ArgumentList.Add(outputPrefix);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{tool} is not installed: apt-get install -y poppler-utils", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error);
        }
    }
}
