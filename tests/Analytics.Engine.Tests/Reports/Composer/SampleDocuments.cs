using Analytics.Engine.Reports.Composer;

namespace Analytics.Engine.Tests.Reports.Composer;

/// <summary>Small documents exercising each block kind.</summary>
internal static class SampleDocuments
{
    public static readonly DateTimeOffset Created = new(2025, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static DocumentInfo Info(string title = "Декларация соответствия") => new()
    {
        Title = title,
        Author = "ПАО «Энергосбыт»",
        Subject = "Самооценка качества обслуживания за 2025 год",
        Created = Created,
        Header = "ПАО «Энергосбыт» · Декларация соответствия · 2025",
    };

    /// <summary>A table with <paramref name="rows"/> rows of Cyrillic text and numbers.</summary>
    public static TableBlock Table(int rows) => new(
        [new TableColumn("№", 0.4f, TextAlign.Right), new TableColumn("Офис обслуживания", 3), new TableColumn("Обращений", 1, TextAlign.Right)],
        Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Офис №{i} — Ярославское отделение", (i * 7).ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToList())
    {
        Caption = "Таблица 1. Нагрузка офисов",
    };

    public static ChartSpec Chart() => new(
        "Динамика обращений", ChartKind.Line,
        ["янв", "фев", "мар", "апр", "май", "июн"],
        [new ChartSeries("2024", [10, 12, 9, null, 14, 15]), new ChartSeries("2025", [11, 13, 12, 16, 13, 18])])
    {
        References = [new ChartReference("План", 12)],
    };

    /// <summary>A 1×1 grey PNG, enough to prove images are embedded and drawn.</summary>
    public static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 30);
        bitmap.Erase(new SkiaSharp.SKColor(0x80, 0x90, 0xA0));
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
