using System.Text;
using Analytics.Engine.Calendar;

namespace Analytics.Engine.Tests.Calendar;

public class CalendarXmlTests
{
    private static (string, Stream) Xml(string name, string text) => (name, new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private const string Year2030 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <calendar year="2030" lang="ru">
          <holidays><holiday id="1" title="Новый год"/></holidays>
          <days>
            <day d="01.01" t="1" h="1"/>
            <day d="01.05" t="3"/>
          </days>
        </calendar>
        """;

    [Fact]
    public void Constructor_ReadsYear_WhenXmlValid()
    {
        var calendar = new ProductionCalendar([Xml("2030.xml", Year2030)]);
        Assert.Equal(2030, calendar.FirstYear);
        Assert.Equal(2030, calendar.LastYear);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 1, 5))); // Saturday marked t="3"
        Assert.Equal("Новый год", calendar.GetDay(new DateOnly(2030, 1, 1)).HolidayTitle);
    }

    [Fact]
    public void Constructor_NamesFileLineAndAttribute_WhenDayTypeInvalid()
    {
        const string bad = "<calendar year=\"2030\">\n<days>\n<day d=\"01.01\" t=\"7\"/>\n</days>\n</calendar>";
        var ex = Assert.Throws<CalendarFormatException>(() => new ProductionCalendar([Xml("bad.xml", bad)]));
        Assert.Contains("bad.xml: line 3", ex.Message);
        Assert.Contains("'t' is '7'", ex.Message);
    }

    [Theory]
    [InlineData("<calendar year=\"20x0\"><days/></calendar>", "'year'")]
    [InlineData("<calendar year=\"2030\"><days><day d=\"02.30\" t=\"1\"/></days></calendar>", "'d' is '02.30'")]
    [InlineData("<holidays year=\"2030\"/>", "expected <calendar>")]
    [InlineData("<calendar year=\"2030\">", "not well-formed")]
    public void Constructor_Throws_WhenXmlMalformed(string xml, string expected)
    {
        var ex = Assert.Throws<CalendarFormatException>(() => new ProductionCalendar([Xml("x.xml", xml)]));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Constructor_Throws_WhenYearsHaveGap()
    {
        var ex = Assert.Throws<CalendarFormatException>(() => new ProductionCalendar(
            [Xml("a", "<calendar year=\"2030\"/>"), Xml("b", "<calendar year=\"2032\"/>")]));
        Assert.Contains("2030 is followed by 2032", ex.Message);
    }

    [Fact]
    public void Constructor_Throws_WhenYearDuplicated() =>
        Assert.Throws<CalendarFormatException>(() => new ProductionCalendar(
            [Xml("a", "<calendar year=\"2030\"/>"), Xml("b", "<calendar year=\"2030\"/>")]));

    [Fact]
    public void FromDirectory_MatchesEmbedded_WhenSharedDataPresent()
    {
        var folder = SharedCalendarFolder();
        var fromFiles = ProductionCalendar.FromDirectory(folder);
        var embedded = ProductionCalendar.Default;
        Assert.Equal(embedded.FirstYear, fromFiles.FirstYear);
        Assert.Equal(embedded.LastYear, fromFiles.LastYear);
        Assert.Equal(
            embedded.WorkingDaysInRange(embedded.FirstDate, embedded.LastDate),
            fromFiles.WorkingDaysInRange(fromFiles.FirstDate, fromFiles.LastDate));
    }

    // CI clones the repo with shared/ beside it; walk up from the test binaries to the first folder holding shared/.
    private static string SharedCalendarFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "production-calendar-ru");
            if (Directory.Exists(candidate)) return candidate;
        }

        throw new DirectoryNotFoundException("shared/data/production-calendar-ru was not found above " + AppContext.BaseDirectory);
    }
}
