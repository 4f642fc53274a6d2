namespace Analytics.Engine.Reports.Composer;

/// <summary>
/// A backend-neutral document: metadata plus a flow of blocks. Reports build this model; an
/// <see cref="IDocumentRenderer"/> lays it out on pages. Nothing here knows about PDF or Skia, so another
/// backend can replace the renderer without touching any report.
/// </summary>
public sealed class ReportDocument
{
    public ReportDocument(DocumentInfo info) => Info = info ?? throw new ArgumentNullException(nameof(info));

    public DocumentInfo Info { get; }

    public List<Block> Blocks { get; } = [];

    public ReportDocument Add(Block block)
    {
        Blocks.Add(block);
        return this;
    }

    public ReportDocument Heading(string text, int level = 1) => Add(new HeadingBlock(text, level));

    public ReportDocument Paragraph(string text, TextEmphasis emphasis = TextEmphasis.Normal) =>
        Add(new ParagraphBlock(text) { Emphasis = emphasis });

    public ReportDocument PageBreak() => Add(new PageBreakBlock());
}

/// <summary>
/// Document properties. <see cref="Created"/> is written as the PDF creation and modification date; reports
/// derive it from the period reported on so the same data always gives the same bytes.
/// </summary>
public sealed record DocumentInfo
{
    public required string Title { get; init; }
    public string Author { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Keywords { get; init; } = "";
    /// <summary>BCP 47 language tag written to the PDF catalogue (<c>/Lang</c>).</summary>
    public string Language { get; init; } = "ru-RU";
    public required DateTimeOffset Created { get; init; }
    /// <summary>Running header printed on every page except the first; empty prints none.</summary>
    public string Header { get; init; } = "";
    /// <summary>Printed diagonally across every page (e.g. «ПРОЕКТ» on a draft of a period still running); empty prints none.</summary>
    public string Watermark { get; init; } = "";
    /// <summary>Footer pattern; {0} is the page number, {1} the page count.</summary>
    public string FooterPattern { get; init; } = "Страница {0} из {1}";
    /// <summary>Claim PDF/A-2b conformance (XMP packet with pdfaid, embedded fonts, output intent).</summary>
    public bool PdfA { get; init; } = true;
}

/// <summary>One element of the document flow.</summary>
public abstract record Block;

public enum TextEmphasis { Normal, Bold, Small, Muted }

public enum TextAlign { Left, Center, Right }

/// <summary>A section heading; level 1 starts with more space and a larger size, level 3 is the smallest.</summary>
public sealed record HeadingBlock(string Text, int Level = 1) : Block;

/// <summary>A wrapped paragraph. Line breaks in <see cref="Text"/> start new lines.</summary>
public sealed record ParagraphBlock(string Text) : Block
{
    public TextEmphasis Emphasis { get; init; } = TextEmphasis.Normal;
    public TextAlign Align { get; init; } = TextAlign.Left;
    /// <summary>Font size in points; null uses the body size for the emphasis.</summary>
    public float? Size { get; init; }
}

/// <summary>Vertical space in points.</summary>
public sealed record SpacerBlock(float Height) : Block;

/// <summary>Forces the next block onto a new page.</summary>
public sealed record PageBreakBlock : Block;

/// <summary>
/// A table whose rows break across pages; the header row is repeated at the top of every continuation page.
/// Rows are never split: a row moves whole to the next page.
/// </summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Block
{
    public string? Caption { get; init; }
    /// <summary>Indices of rows drawn in bold with a shaded background (totals, group rows).</summary>
    public IReadOnlySet<int> EmphasizedRows { get; init; } = new HashSet<int>();
    /// <summary>Font size of cells in points.</summary>
    public float FontSize { get; init; } = 8.5f;
}

/// <summary>A column: header text, relative width and alignment of its cells.</summary>
public sealed record TableColumn(string Header, float Weight = 1, TextAlign Align = TextAlign.Left);

/// <summary>An encoded raster image (JPEG or PNG), scaled to the content width and at most <see cref="MaxHeight"/>.</summary>
public sealed record ImageBlock(byte[] Data) : Block
{
    public string? Caption { get; init; }
    public float MaxHeight { get; init; } = 260;
}

/// <summary>A vector chart drawn by the renderer from data (no raster).</summary>
public sealed record ChartBlock(ChartSpec Chart) : Block
{
    public float Height { get; init; } = 210;
}

/// <summary>Signature lines: position, a line to sign on and the name; followed by a date line.</summary>
public sealed record SignatureBlock(string Position, string Name, string Date) : Block;
