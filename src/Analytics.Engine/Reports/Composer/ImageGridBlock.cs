namespace Analytics.Engine.Reports.Composer;

/// <summary>
/// Thumbnails in a grid (an act's evidence photos): each image scaled into its cell, its caption wrapped beneath.
/// Rows are never split across pages.
/// </summary>
public sealed record ImageGridBlock(IReadOnlyList<GridImage> Images) : Block
{
    public int Columns { get; init; } = 3;
}

/// <summary>One thumbnail: encoded JPEG or PNG bytes and a caption (may contain line breaks).</summary>
public sealed record GridImage(byte[] Data, string Caption);
