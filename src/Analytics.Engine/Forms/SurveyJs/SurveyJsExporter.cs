using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analytics.Engine.Forms.SurveyJs;

/// <summary>
/// Writes a definition as SurveyJS JSON: sections → pages, items → elements, texts as {default: ru, en},
/// show-if → visibleIf. What SurveyJS has no field for (weights, scores, criteria, clauses, our exact type)
/// travels in <c>analytics*</c> custom properties, which SurveyJS keeps and our importer reads back.
/// </summary>
public static class SurveyJsExporter
{
    public static SurveyJsConversion Export(FormDefinition form)
    {
        var warnings = new List<string>();
        var items = form.AllItems().GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.First());
        FormItem? Lookup(string code) => items.GetValueOrDefault(code);
        var root = new JsonObject
        {
            ["locale"] = "ru",
            ["title"] = Text(form.Title),
            ["analyticsCode"] = form.Code,
            ["analyticsKind"] = form.Kind == FormKind.Checklist ? "checklist" : "questionnaire",
        };
        if (form.Description is not null) root["description"] = Text(form.Description);
        var pages = new JsonArray();
        foreach (var section in form.Sections)
        {
            var page = new JsonObject { ["name"] = section.Code, ["title"] = Text(section.Title) };
            if (section.ShowIf is { IsEmpty: false } sectionIf) page["visibleIf"] = Expression(sectionIf, $"раздел «{section.Code}»");
            var elements = new JsonArray();
            foreach (var item in section.Items) elements.Add(Element(item));
            page["elements"] = elements;
            pages.Add(page);
        }
        root["pages"] = pages;
        return new SurveyJsConversion(form, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), warnings);

        string Expression(LogicGroup group, string where)
        {
            var problems = new List<string>();
            var text = SurveyJsExpression.Print(group, Lookup, problems);
            warnings.AddRange(problems.Select(p => $"{where}: {p}"));
            return text;
        }

        JsonObject Element(FormItem item)
        {
            var e = new JsonObject { ["name"] = item.Code, ["title"] = Text(item.Text) };
            switch (item.Type)
            {
                case QuestionType.SingleChoice: e["type"] = "radiogroup"; break;
                case QuestionType.MultipleChoice:
                    e["type"] = "checkbox";
                    if (item.Max is { } maxPicks) e["maxSelectedChoices"] = (int)maxPicks;
                    break;
                case QuestionType.Dropdown: e["type"] = "dropdown"; break;
                case QuestionType.Rating or QuestionType.Nps or QuestionType.Ces:
                    var (min, max) = QuestionTypes.Range(item);
                    e["type"] = "rating"; e["rateMin"] = (int)min!.Value; e["rateMax"] = (int)max!.Value;
                    break;
                case QuestionType.YesNoNa:
                    e["type"] = "radiogroup";
                    e["choices"] = new JsonArray(Choice("yes", new("Да", "Yes")), Choice("no", new("Нет", "No")), Choice("na", new("Неприменимо", "N/A")));
                    break;
                case QuestionType.Number or QuestionType.Duration:
                    e["type"] = "text"; e["inputType"] = "number";
                    if (item.Min is { } lo) e["min"] = lo;
                    if (item.Max is { } hi) e["max"] = hi;
                    break;
                case QuestionType.DateTime: e["type"] = "text"; e["inputType"] = "datetime-local"; break;
                case QuestionType.ShortText:
                    e["type"] = "text";
                    if (item.Max is { } len) e["maxLength"] = (int)len;
                    break;
                case QuestionType.LongText:
                    e["type"] = "comment";
                    if (item.Max is { } clen) e["maxLength"] = (int)clen;
                    break;
                case QuestionType.File: e["type"] = "file"; e["acceptedTypes"] = "image/*,application/pdf"; e["allowMultiple"] = true; break;
                case QuestionType.Signature: e["type"] = "signaturepad"; break;
            }
            e["analyticsType"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(item.Type.ToString());
            if (QuestionTypes.HasChoices(item.Type)) e["choices"] = new JsonArray([.. item.Choices.Select(c => Choice(c.Code, c.Text, c.Score))]);
            if (item.Required) e["isRequired"] = true;
            if (item.Help is not null) e["description"] = Text(item.Help);
            if (item.ShowIf is { IsEmpty: false } showIf) e["visibleIf"] = Expression(showIf, $"вопрос «{item.Code}»");
            if (item.Scored) e["analyticsScored"] = true;
            if (item.Weight is { } w) e["analyticsWeight"] = w;
            if (item.CriterionId is not null) e["analyticsCriterion"] = item.CriterionId;
            if (item.Source is not null) e["analyticsSource"] = item.Source;
            if (item.Unit is not null) e["analyticsUnit"] = item.Unit;
            if (item.Critical) e["analyticsCritical"] = true;
            if (item.TimedBy is { } timed)
                e["analyticsTimedBy"] = timed.Norm is { } norm
                    ? new JsonObject { ["items"] = new JsonArray([.. timed.Items.Select(i => (JsonNode)i)]), ["norm"] = norm }
                    : new JsonObject { ["items"] = new JsonArray([.. timed.Items.Select(i => (JsonNode)i)]), ["atMostSeconds"] = timed.AtMostSeconds };
            return e;
        }
    }

    private static JsonObject Choice(string code, LocalizedText text, double? score = null)
    {
        var c = new JsonObject { ["value"] = code, ["text"] = Text(text) };
        if (score is { } s) c["analyticsScore"] = s;
        return c;
    }

    internal static JsonNode Text(LocalizedText text) =>
        text.En is null ? JsonValue.Create(text.Ru) : new JsonObject { ["default"] = text.Ru, ["en"] = text.En };
}
