using System.Globalization;
using System.Text.RegularExpressions;

namespace SurveyDesigner.Tests.Accessibility;

/// <summary>
/// WCAG 2.1 AA contrast (4.5:1 for text, 3:1 for borders of controls) of the public questionnaire's and the runner's
/// palette, light and dark, read from survey.css itself so a colour change that breaks it fails here.
/// </summary>
public class ContrastTests
{
    private static readonly string Css = File.ReadAllText(FindCss());

    public static TheoryData<string, string, string, double> Pairs() => new()
    {
        { "light", "--sd-fg", "--sd-bg", 4.5 },
        { "light", "--sd-muted", "--sd-bg", 4.5 },
        { "light", "--sd-accent", "--sd-bg", 4.5 },
        { "light", "--sd-error", "--sd-bg", 4.5 },
        { "light", "--sd-ok", "--sd-bg", 3.0 },
        { "light", "#fff", "--sd-accent", 4.5 },     // primary buttons, chosen scale points
        { "light", "--sd-line", "--sd-bg", 3.0 },    // borders of inputs and choices
        { "dark", "--sd-fg", "--sd-bg", 4.5 },
        { "dark", "--sd-muted", "--sd-bg", 4.5 },
        { "dark", "--sd-accent", "--sd-bg", 4.5 },
        { "dark", "--sd-error", "--sd-bg", 4.5 },
        { "dark", "--sd-line", "--sd-bg", 3.0 },
        { "dark", "#121212", "--sd-accent", 4.5 },   // dark primary buttons: dark text on the accent
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Palette_MeetsWcagAa(string scheme, string foreground, string background, double minimum)
    {
        var ratio = Ratio(Colour(scheme, foreground), Colour(scheme, background));
        Assert.True(ratio >= minimum, $"{scheme}: {foreground} on {background} is {ratio:F2}:1, below {minimum}:1");
    }

    private static string Colour(string scheme, string name)
    {
        if (name.StartsWith('#')) return name;
        var block = scheme == "dark" ? Css[Css.IndexOf("prefers-color-scheme: dark", StringComparison.Ordinal)..] : Css;
        var match = Regex.Match(block, Regex.Escape(name) + @":\s*(#[0-9a-fA-F]{3,6})");
        // A variable the dark scheme does not override keeps its light value.
        return match.Success ? match.Groups[1].Value : Colour("light", name);
    }

    private static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        hex = hex.TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        double Channel(int i)
        {
            var v = int.Parse(hex.Substring(i * 2, 2), NumberStyles.HexNumber) / 255.0;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }

    private static string FindCss()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "SurveyDesigner", "wwwroot", "survey.css");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("src/SurveyDesigner/wwwroot/survey.css not found above " + AppContext.BaseDirectory);
    }
}
