using System.Globalization;
using System.Text;

namespace Analytics.Engine.Demo;

/// <summary>What an appeal text may mention; drawn by the appeal generator so texts match the row.</summary>
public sealed record AppealTextFacts(
    string Address,
    string Account,
    string? Organisation,
    DateOnly Day,
    string? PreviousRegisterNo,
    string Staff);

/// <summary>
/// Composes Russian appeal texts from topic- and kind-specific fragments — an opening, the substance with numbers,
/// addresses and dates, a request and a closing — so the classifier and the dashboards see thousands of distinct,
/// realistically phrased texts. Placeholders in braces are filled from <see cref="AppealTextFacts"/> and the seed.
/// </summary>
public static partial class AppealTexts
{
    private static readonly string[] Months =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    /// <summary>Builds one text; <paramref name="sb"/> is reused between calls to spare allocations.</summary>
    public static string Compose(DemoRandom rng, StringBuilder sb, string kind, string topic, bool legal, AppealTextFacts facts)
    {
        sb.Clear();
        if (facts.PreviousRegisterNo is not null && kind == "complaint")
        {
            Add(rng, sb, legal ? LegalOpenings : Openings, facts);
            Add(rng, sb, Dissatisfaction, facts);
            Add(rng, sb, DissatisfactionRequests, facts);
            Add(rng, sb, Closings, facts);
            return sb.ToString().TrimEnd();
        }
        Add(rng, sb, legal ? LegalOpenings : Openings, facts);
        if (rng.Chance(kind == "complaint" ? 0.55 : 0.8)) Add(rng, sb, legal ? LegalIntros : Intros, facts);
        switch (kind)
        {
            case "complaint":
                Add(rng, sb, ComplaintSubstance[topic], facts);
                if (rng.Chance(0.35)) Add(rng, sb, ComplaintAmplifiers, facts);
                Add(rng, sb, ComplaintRequests[topic], facts);
                break;
            case "information_request":
                Add(rng, sb, Questions[topic], facts);
                if (rng.Chance(0.3)) Add(rng, sb, Questions[topic], facts);
                break;
            case "service_request":
                Add(rng, sb, ServiceRequests[topic], facts);
                break;
            case "suggestion":
                Add(rng, sb, Suggestions, facts);
                break;
            default:
                Add(rng, sb, rng.Chance(0.75) ? Praise : Reproach, facts);
                break;
        }
        if (rng.Chance(0.7)) Add(rng, sb, Closings, facts);
        return sb.ToString().TrimEnd();
    }

    private static void Add(DemoRandom rng, StringBuilder sb, string[] fragments, AppealTextFacts facts)
    {
        var fragment = fragments[rng.Next(fragments.Length)];
        if (fragment.Length == 0) return;
        var start = 0;
        while (start < fragment.Length)
        {
            var open = fragment.IndexOf('{', start);
            if (open < 0)
            {
                sb.Append(fragment, start, fragment.Length - start);
                break;
            }
            sb.Append(fragment, start, open - start);
            var close = fragment.IndexOf('}', open);
            Fill(rng, sb, fragment.AsSpan(open + 1, close - open - 1), facts);
            start = close + 1;
        }
        sb.Append(' ');
    }

    private static void Fill(DemoRandom rng, StringBuilder sb, ReadOnlySpan<char> token, AppealTextFacts facts)
    {
        var c = CultureInfo.InvariantCulture;
        switch (token)
        {
            case "addr": sb.Append(facts.Address); break;
            case "acc": sb.Append(facts.Account); break;
            case "org": sb.Append(facts.Organisation ?? "наша организация"); break;
            case "ref": sb.Append(facts.PreviousRegisterNo ?? "—"); break;
            case "staff": sb.Append(facts.Staff); break;
            case "date": sb.Append(facts.Day.AddDays(-rng.Between(1, 20)).ToString("dd.MM.yyyy", c)); break;
            case "month": sb.Append(Months[facts.Day.AddMonths(-rng.Between(0, 2)).Month - 1]); break;
            case "hours": sb.Append(rng.Between(2, 30).ToString(c)); break;
            case "times": sb.Append(rng.Between(5, 9).ToString(c)); break; // 5–9 agree with «раз» and «месяцев»
            case "days": sb.Append(rng.Between(3, 45).ToString(c)); break;
            case "years": sb.Append(rng.Between(2, 40).ToString(c)); break;
            case "amount": sb.Append((rng.Between(8, 2500) * 10 + rng.Between(0, 9)).ToString("N0", RussianNumbers)).Append(',').Append(rng.Between(0, 99).ToString("D2", c)); break;
            case "kwh": sb.Append((rng.Between(80, 4000)).ToString(c)); break;
            case "kw": sb.Append(rng.Pick(Powers)); break;
            case "meter": sb.Append(rng.Between(1000000, 99999999).ToString(c)); break;
            case "contract": sb.Append(rng.Between(10, 99).ToString(c)).Append('-').Append(rng.Between(1000, 99999).ToString(c)); break;
            case "volts": sb.Append(rng.Between(150, 198).ToString(c)); break;
            case "street": sb.Append(rng.Pick(DemoPeople.Streets)); break;
            default: sb.Append('{').Append(token).Append('}'); break;
        }
    }

    private static readonly string[] Powers = ["15", "15", "30", "50", "100", "150", "250", "670"];

    private static readonly NumberFormatInfo RussianNumbers = new() { NumberGroupSeparator = " ", NumberDecimalDigits = 0 };
}
