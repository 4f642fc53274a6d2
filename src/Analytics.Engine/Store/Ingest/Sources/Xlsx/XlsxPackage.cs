using System.IO.Compression;
using System.Xml;

namespace Analytics.Engine.Store.Ingest.Sources.Xlsx;

/// <summary>
/// The parts of an XLSX package the importer needs, read with forward-only <see cref="XmlReader"/>s: where the first
/// sheet is, the shared strings and which cell styles are dates. A part that is not well-formed XML or not a valid
/// zip entry is reported as a damaged file naming the part, never as an unhandled exception.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip;

    public XlsxPackage(string fileName, Stream stream)
    {
        FileName = fileName;
        try { _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false); }
        catch (InvalidDataException ex) { throw Damaged(fileName, "(zip)", ex); }
        SheetPart = FirstSheetPart();
    }

    public string FileName { get; }
    public string SheetPart { get; }

    public static ImportRefusedException Damaged(string fileName, string part, Exception ex) =>
        new($"{fileName}: файл повреждён — часть {part} не читается ({ex.Message}). The file is damaged: part {part} cannot be read.", ex);

    /// <summary>A reader over <paramref name="part"/>, or null when the package has no such part.</summary>
    public XmlReader? Open(string part)
    {
        var entry = _zip.GetEntry(part) ?? _zip.Entries.FirstOrDefault(e => e.FullName.Equals(part, StringComparison.OrdinalIgnoreCase));
        if (entry is null) return null;
        try
        {
            return XmlReader.Create(entry.Open(), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = false,
                IgnoreProcessingInstructions = true, CloseInput = true, XmlResolver = null,
            });
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException) { throw Damaged(FileName, part, ex); }
    }

    /// <summary>Runs <paramref name="read"/> over a part, turning XML and zip errors into a damaged-file refusal.</summary>
    public T Read<T>(string part, Func<XmlReader?, T> read)
    {
        try
        {
            using var reader = Open(part);
            return read(reader);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or NotSupportedException) { throw Damaged(FileName, part, ex); }
    }

    private string FirstSheetPart()
    {
        var id = Read("xl/workbook.xml", r =>
        {
            while (r is not null && r.Read())
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "sheet")
                    return r.GetAttribute("id", Relationships);
            return null;
        });
        var target = id is null ? null : Read("xl/_rels/workbook.xml.rels", r =>
        {
            while (r is not null && r.Read())
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship" && r.GetAttribute("Id") == id)
                    return r.GetAttribute("Target");
            return null;
        });
        if (target is null) return "xl/worksheets/sheet1.xml";
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    public void Dispose() => _zip.Dispose();
}
