using System.Globalization;
using System.Net;
using Dashboard.Localization;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Localization;

public class LanguageTests
{
    [Fact]
    public void Table_HasBothLanguages_ForEveryKey()
    {
        var missing = Ui.Entries.Where(e => string.IsNullOrWhiteSpace(e.Value.Ru) || string.IsNullOrWhiteSpace(e.Value.En))
            .Select(e => e.Key).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Table_HasEveryKeyUsedInMarkup()
    {
        var source = SourceRoot();
        var used = Directory.EnumerateFiles(source, "*.razor*", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"T\[""([A-Za-z.]+)""\]"))
            .Select(m => m.Groups[1].Value).Distinct().ToList();

        var missing = used.Where(k => !Ui.Entries.ContainsKey(k)).ToList();
        Assert.NotEmpty(used);
        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void RussianCulture_FormatsDatesDayFirstWithDots_AndDecimalComma()
    {
        var ru = new CultureInfo(LocalizationExtensions.Russian);

        Assert.Equal("05.03.2025", new DateTime(2025, 3, 5).ToString("d", ru));
        Assert.Equal("1,5", 1.5.ToString(ru));
    }

    [Fact]
    public async Task Page_IsRussian_ByDefault_AndEnglishAfterSwitch()
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);
        var ct = TestContext.Current.CancellationToken;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        Assert.Contains("lang=\"ru\"", await client.GetStringAsync("/account/login", ct));

        var switched = await client.GetAsync("/culture?c=en-GB&redirect=%2Faccount%2Flogin", ct);

        Assert.Equal("/account/login", switched.Headers.Location!.OriginalString);
        var page = await client.GetStringAsync("/account/login", ct);
        Assert.Contains("lang=\"en\"", page);
        Assert.Contains("Sign in", page);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("")]
    public async Task Culture_RejectsUnsupportedLanguage(string culture)
    {
        await using var factory = new DashboardFactory();
        using var client = SignInClient.Anonymous(factory);

        var response = await client.GetAsync($"/culture?c={culture}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
                return Path.Combine(dir.FullName, "src", "Dashboard");
        throw new DirectoryNotFoundException("Analytics.sln not found above the test output.");
    }
}
