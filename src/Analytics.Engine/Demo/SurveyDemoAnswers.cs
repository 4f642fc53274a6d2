using System.Globalization;
using Analytics.Engine.Forms;
using static Analytics.Engine.Demo.SurveyDemoProfile;

namespace Analytics.Engine.Demo;

/// <summary>Plausible answers for the demo: client questionnaires driven by a latent satisfaction, audits by office quality.</summary>
internal static class SurveyDemoAnswers
{
    public static Dictionary<string, AnswerValue> Questionnaire(Random r, double quality, string channel)
    {
        var mood = Math.Clamp(quality + 0.18 * Normal(r), 0, 1);   // the respondent's latent satisfaction
        int Scale(int lo, int hi, double jitter = 0.6) => Math.Clamp((int)Math.Round(lo + mood * (hi - lo) + jitter * Normal(r)), lo, hi);
        var csat = Scale(1, 5);
        var resolved = r.NextDouble() < 0.25 + 0.7 * mood;
        var topic = Pick(r, ("billing", 34.0), ("metering", 20.0), ("connection", 9.0), ("outage", 12.0), ("contract", 10.0), ("other", 15.0));
        var a = new Dictionary<string, AnswerValue>
        {
            ["channel"] = AnswerValue.OfChoices(channel),
            ["csat"] = AnswerValue.Of(csat),
            ["ces"] = AnswerValue.Of(Scale(1, 7, 0.9)),
            ["resolved"] = AnswerValue.Of(resolved ? "yes" : "no"),
            ["nps"] = AnswerValue.Of(Math.Clamp((int)Math.Round(mood * 10.6 + 1.1 * Normal(r) - 0.3), 0, 10)),
        };
        if (r.NextDouble() < 0.8) a["respondent_type"] = AnswerValue.OfChoices(r.NextDouble() < 0.86 ? "individual" : "legal");
        if (r.NextDouble() < 0.7) a["topic"] = AnswerValue.OfChoices(topic);
        // «Единое окно» (004): an unresolved question was not resolved at the first contact either; a resolved one
        // sometimes took a repeat visit or a referral elsewhere, less often for a content client. Optional item.
        if (r.NextDouble() < 0.85) a["first_contact"] = AnswerValue.Of(resolved && r.NextDouble() < 0.5 + 0.45 * mood ? "yes" : "no");
        if (channel == "in_person" && r.NextDouble() < 0.9) a["wait_ok"] = AnswerValue.Of(r.NextDouble() < mood + 0.1 ? "yes" : "no");
        if (r.NextDouble() < 0.75) a["staff"] = AnswerValue.Of(Scale(1, 5));
        if (r.NextDouble() < 0.7) a["info"] = AnswerValue.Of(Scale(1, 5));
        if ((csat <= 3 || !resolved) && r.NextDouble() < 0.7)
        {
            var key = topic is "other" ? "service" : r.NextDouble() < 0.3 ? "service" : topic;
            a["improve"] = AnswerValue.Of(Pick(r, SurveyDemoPhrases.Complaints[key].Select(p => (p, 1.0)).ToArray()));
        }
        if (r.NextDouble() < 0.18)
            a["comment"] = AnswerValue.Of(csat >= 4 ? SurveyDemoPhrases.Praise[r.Next(SurveyDemoPhrases.Praise.Length)] : SurveyDemoPhrases.Suggestions[r.Next(SurveyDemoPhrases.Suggestions.Length)]);
        if (r.NextDouble() < 0.15)
        {
            a["contact_ok"] = AnswerValue.Of("yes");
            a["contact"] = AnswerValue.Of($"+7 9{r.Next(10, 99)} {r.Next(100, 999)}-{r.Next(10, 99)}-{r.Next(10, 99)}");
        }
        return a;
    }

    /// <summary>Answers to an audit checklist in document order, honouring show-if logic and the norms behind derived items.</summary>
    public static Dictionary<string, AnswerValue> Audit(FormDefinition form, Random r, double quality, DateTime at)
    {
        var a = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        var failed = new List<string>();
        foreach (var item in form.AllItems())
        {
            if (!LogicEvaluator.VisibleItems(form, a).Contains(item.Code)) continue;
            var value = Answer(form.Code, item, a, r, quality, at);
            if (value is null) continue;
            a[item.Code] = value;
            if (value.Text == "no") failed.Add(item.Text.Ru);
        }
        if (failed.Count > 0 && form.AllItems().Any(i => i.Code == "comment") && r.NextDouble() < 0.8)
            // The requirements quoted as written: lower-casing them made «ФИО» read «фио» in the act, and "X — нет" read as if
            // the auditor denied the requirement itself.
            a["comment"] = AnswerValue.Of("Не выполнено: " + string.Join("; ", failed.Take(3).Select(t => $"«{t.TrimEnd('?', '.', ' ')}»")) + ".");
        return a;
    }

    // The demo fills a fresh store: the shipped default methodology is the one its audits are judged by.
    private static readonly Methodology.ComplianceNorms DemoNorms =
        Methodology.MethodologyRepository.Defaults.Single(d => d.Id == Methodology.MethodologyRepository.DefaultId).Norms;

    private static AnswerValue? Answer(string form, FormItem item, Dictionary<string, AnswerValue> a, Random r, double q, DateTime at)
    {
        double Seconds(double median, double spread) => Math.Round(median * Math.Exp(spread * Normal(r)));
        bool Within(string code, double norm) => a.TryGetValue(code, out var v) && v.Number <= norm;
        AnswerValue YesIf(bool yes) => AnswerValue.Of(yes ? "yes" : "no");
        // Stopwatch norms are judged as the runner and the server judge them: against the methodology (TimedNorms).
        if (item.TimedBy is { } timed) return TimedNorms.Verdict(timed, a, DemoNorms) is { } verdict ? AnswerValue.Of(verdict) : null;
        switch (form, item.Code)
        {
            case (_, "visit_date"): return AnswerValue.Of(at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
            case ("office-visit", "wait_seconds"): return AnswerValue.Of(Seconds(420 + (1 - q) * 1700, 0.45));
            case ("office-visit", "service_seconds"): return AnswerValue.Of(Seconds(360 + (1 - q) * 700, 0.35));
            case ("phone-call", "line"): return AnswerValue.OfChoices(r.NextDouble() < 0.7 ? "hotline" : "office");
            case ("phone-call", "wait_seconds"): return AnswerValue.Of(Seconds(8 + (1 - q) * 70, 0.6));
            case ("phone-call", "third_ring"): return YesIf(Within("wait_seconds", 15) || r.NextDouble() < 0.2);
            case ("phone-call", "talk_seconds"): return AnswerValue.Of(Seconds(150 + (1 - q) * 200, 0.4));
            case ("website-clients", "url"): return AnswerValue.Of("https://energo-demo.ru/clients");
            case (_, "redirect" or "callback_promise") when r.NextDouble() < 0.45: return AnswerValue.Na;
        }
        return item.Type switch
        {
            QuestionType.YesNoNa when r.NextDouble() < 0.03 => AnswerValue.Na,
            // Heavier items are the ones offices watch: slightly better compliance on them.
            QuestionType.YesNoNa => YesIf(r.NextDouble() < Math.Clamp(q + 0.08 + 0.02 * (item.Weight ?? 1), 0.05, 0.99)),
            _ => null,
        };
    }
}
