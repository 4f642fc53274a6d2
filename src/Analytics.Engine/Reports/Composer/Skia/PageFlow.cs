using SkiaSharp;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>
/// The first layout pass: a cursor moving down the content area of A4 pages, collecting drawing operations
/// per page. Painting happens in a second pass, once the page count is known for "page x of y".
/// </summary>
internal sealed class PageFlow
{
    public const float PageWidth = 595.28f;   // A4 in points
    public const float PageHeight = 841.89f;
    public const float MarginLeft = 62f;      // ~22 mm: room for binding
    public const float MarginRight = 42f;
    public const float MarginTop = 56f;
    public const float MarginBottom = 54f;

    private readonly List<List<Action<SKCanvas>>> _pages = [[]];

    public float Left => MarginLeft;
    public float Width => PageWidth - MarginLeft - MarginRight;
    public float Top => MarginTop;
    public float Bottom => PageHeight - MarginBottom;
    public float Y { get; set; } = MarginTop;

    public IReadOnlyList<IReadOnlyList<Action<SKCanvas>>> Pages => _pages;

    public int PageIndex => _pages.Count - 1;

    /// <summary>True when nothing has been placed on the current page yet.</summary>
    public bool AtTop => Y <= Top + 0.01f;

    public float Remaining => Bottom - Y;

    public void NewPage()
    {
        _pages.Add([]);
        Y = Top;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits (or the page is still empty).</summary>
    public void Ensure(float height)
    {
        if (height > Remaining && !AtTop) NewPage();
    }

    public void Draw(Action<SKCanvas> operation) => _pages[^1].Add(operation);

    /// <summary>Adds vertical space, dropped at the top of a page so pages never start with a gap.</summary>
    public void Space(float height)
    {
        if (!AtTop) Y = Math.Min(Y + height, Bottom);
    }
}
