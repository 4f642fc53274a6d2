namespace Analytics.Engine.Reports.Composer;

/// <summary>Lays a <see cref="ReportDocument"/> out on pages and writes it to a stream.</summary>
public interface IDocumentRenderer
{
    /// <summary>MIME type of the output, e.g. <c>application/pdf</c>.</summary>
    string ContentType { get; }

    RenderResult Render(ReportDocument document, Stream output);
}

/// <summary>What rendering produced: the number of pages.</summary>
public sealed record RenderResult(int PageCount);
