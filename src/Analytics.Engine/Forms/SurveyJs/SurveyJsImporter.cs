using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analytics.Engine.Forms.SurveyJs;

/// <summary>
/// Reads SurveyJS JSON (pages/elements) into a definition. Element types, properties and expressions outside
/// the shared subset are reported by name in the warnings; panels are flattened into their page (reported).
/// </summary>
public static class SurveyJsImporter
{
    private static readonly string[] IgnoredWithWarning =
        ["validators", "choicesByUrl", "enableIf", "requiredIf", "defaultValue", "showOtherItem", "hasOther", "choicesFromQuestion",
         "correctAnswer", "readOnly", "startWithNewLine", "choicesVisibleIf", "rateValues", "inputMask", "maskType"];
    private static readonly string[] RootIgnored = ["triggers", "calculatedValues", "completedHtml", "completedHtmlOnCondition", "navigateToUrl", "pages[].elements[].templateElements"];

    /// <exception cref="FormatException">The text is not JSON or has no pages/elements.</exception>
    public static SurveyJsConversion Import(string json, string? code = null, FormKind? kind = null)
    {
        JsonObject root;
        try { root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("SurveyJS: ожидался объект JSON."); }
        catch (JsonException ex) { throw new FormatException($"SurveyJS: неверный JSON — {ex.Message}", ex); }
        var warnings = new List<string>();
        foreach (var key in RootIgnored.Where(k => root.ContainsKey(k))) warnings.Add($"свойство анкеты «{key}» не поддерживается и не перенесено");

        var pagesNode = root["pages"] as JsonArray ?? (root["elements"] is JsonArray single ? new JsonArray(new JsonObject { ["name"] = "page1", ["elements"] = single.DeepClone() }) : null)
            ?? throw new FormatException("SurveyJS: нет ни «pages», ни «elements».");
        var pages = pagesNode.OfType<JsonObject>().Select((p, i) => (Page: p, Code: (string?)p["name"] ?? $"page{i + 1}")).ToList();

        // First pass: items without logic, so expressions can look their targets up.
        var sections = new List<(FormSection Section, JsonObject Page, List<(FormItem Item, JsonObject Element)> Items)>();
        foreach (var (page, pageCode) in pages)
        {
            var items = new List<(FormItem, JsonObject)>();
            foreach (var element in Flatten(page["elements"] as JsonArray, pageCode, warnings))
                if (ToItem(element, warnings) is { } item) items.Add((item, element));
            sections.Add((new FormSection { Code = pageCode, Title = Text(page["title"]) ?? new LocalizedText(pageCode) }, page, items));
        }
        var lookup = sections.SelectMany(s => s.Items).GroupBy(x => x.Item.Code).ToDictionary(g => g.Key, g => g.First().Item);
        FormItem? Lookup(string q) => lookup.GetValueOrDefault(q);

        LogicGroup? Logic(JsonNode? node, string where)
        {
            if ((string?)node is not { Length: > 0 } expression) return null;
            var group = SurveyJsExpression.Parse(expression, Lookup, out var error);
            if (group is null) warnings.Add($"{where}: условие «{expression}» не поддерживается ({error}) и не перенесено — элемент показывается всегда");
            return group;
        }

        var result = new FormDefinition
        {
            Code = code ?? (string?)root["analyticsCode"] ?? "surveyjs-import",
            Kind = kind ?? ((string?)root["analyticsKind"] == "checklist" ? FormKind.Checklist : FormKind.Questionnaire),
            Title = Text(root["title"]) ?? new LocalizedText("Импортированная анкета"),
            Description = Text(root["description"]),
            Sections = [.. sections.Select(s => s.Section with
            {
                ShowIf = Logic(s.Page["visibleIf"], $"страница «{s.Section.Code}»"),
                Items = [.. s.Items.Select(x => x.Item with { ShowIf = Logic(x.Element["visibleIf"], $"элемент «{x.Item.Code}»") })],
            })],
        };
        return new SurveyJsConversion(result, json, warnings);
    }

    private static IEnumerable<JsonObject> Flatten(JsonArray? elements, string page, List<string> warnings)
    {
        foreach (var element in elements?.OfType<JsonObject>() ?? [])
        {
            if ((string?)element["type"] == "panel")
            {
                warnings.Add($"панель «{element["name"]}» на странице «{page}» развёрнута: её вопросы перенесены в страницу"
                    + (element["visibleIf"] is null ? "" : ", условие панели не перенесено"));
                foreach (var inner in Flatten(element["elements"] as JsonArray, page, warnings)) yield return inner;
            }
            else yield return element;
        }
    }

    private static FormItem? ToItem(JsonObject e, List<string> warnings)
    {
        var name = (string?)e["name"] ?? "";
        var type = (string?)e["type"] ?? "";
        var inputType = (string?)e["inputType"] ?? "text";
        var ours = (string?)e["analyticsType"] is { } t && Enum.TryParse<QuestionType>(t.Replace("_", ""), true, out var parsed) ? parsed : (QuestionType?)null;
        QuestionType? mapped = type switch
        {
            "radiogroup" => IsYesNoNa(e) ? QuestionType.YesNoNa : QuestionType.SingleChoice,
            "checkbox" => QuestionType.MultipleChoice,
            "dropdown" => QuestionType.Dropdown,
            "boolean" => QuestionType.YesNoNa,
            "rating" => ((int?)e["rateMin"] ?? 1, (int?)e["rateMax"] ?? 5) switch
            {
                (1, 5) => QuestionType.Rating, (0, 10) => QuestionType.Nps, (1, 7) => QuestionType.Ces, _ => QuestionType.Number,
            },
            "text" => inputType switch
            {
                "number" or "range" => QuestionType.Number,
                "date" or "datetime" or "datetime-local" or "time" => QuestionType.DateTime,
                "text" or "email" or "tel" or "url" => QuestionType.ShortText,
                _ => null,
            },
            "comment" => QuestionType.LongText,
            "file" => QuestionType.File,
            "signaturepad" => QuestionType.Signature,
            _ => null,
        };
        if (mapped is null)
        {
            warnings.Add($"элемент «{name}» типа «{type}{(type == "text" ? $"/{inputType}" : "")}» не поддерживается и не перенесен");
            return null;
        }
        var questionType = ours is { } o && Compatible(o, mapped.Value) ? o : mapped.Value;
        if (type == "rating" && questionType == QuestionType.Number)
            warnings.Add($"элемент «{name}»: шкала {e["rateMin"]}–{e["rateMax"]} не совпадает с 1–5, 0–10 или 1–7 и перенесена как число");
        foreach (var prop in IgnoredWithWarning.Where(e.ContainsKey))
            warnings.Add($"элемент «{name}»: свойство «{prop}» не поддерживается и не перенесено");
        if (type == "file" && (string?)e["acceptedTypes"] is { } accepted && accepted.Split(',').Any(a => !a.Trim().StartsWith("image/") && a.Trim() != "application/pdf" && a.Trim() != ".pdf" && a.Trim() != ".jpg" && a.Trim() != ".png"))
            warnings.Add($"элемент «{name}»: допустимы только JPG, PNG и PDF, а не «{accepted}»");

        var scale = type == "rating" && questionType == QuestionType.Number;
        return new FormItem
        {
            Code = name, Type = questionType, Text = Text(e["title"]) ?? new LocalizedText(name), Help = Text(e["description"]),
            Required = (bool?)e["isRequired"] ?? false,
            Choices = QuestionTypes.HasChoices(questionType) ? Choices(e["choices"] as JsonArray) : [],
            Min = scale ? (double?)e["rateMin"] : Number(e["min"]), Max = scale ? (double?)e["rateMax"] : Number(e["maxSelectedChoices"]) ?? Number(e["max"]) ?? Number(e["maxLength"]),
            Scored = (bool?)e["analyticsScored"] ?? false, Weight = Number(e["analyticsWeight"]),
            CriterionId = (string?)e["analyticsCriterion"], Source = (string?)e["analyticsSource"], Unit = (string?)e["analyticsUnit"],
            TimedBy = TimedBy(e["analyticsTimedBy"] as JsonObject), Critical = (bool?)e["analyticsCritical"] ?? false,
        };
    }

    // Our own extension (the stopwatch norm); a malformed one is dropped rather than guessed.
    private static TimedCheck? TimedBy(JsonObject? t) =>
        t?["items"] is not JsonArray items ? null
        : (string?)t["norm"] is { } norm ? new TimedCheck([.. items.Select(i => i?.GetValue<string>()).OfType<string>()], Norm: norm)
        : Number(t["atMostSeconds"]) is { } limit ? new TimedCheck([.. items.Select(i => i?.GetValue<string>()).OfType<string>()], limit) : null;

    private static bool Compatible(QuestionType ours, QuestionType mapped) =>
        ours == mapped || (ours == QuestionType.Duration && mapped == QuestionType.Number);

    private static bool IsYesNoNa(JsonObject e) =>
        e["choices"] is JsonArray c && c.Select(ChoiceValue).Order().SequenceEqual(["na", "no", "yes"]);

    private static string? ChoiceValue(JsonNode? node) => node is JsonObject o ? o["value"]?.ToString() : node?.ToString();

    private static List<Choice> Choices(JsonArray? array) =>
        [.. (array ?? []).Select(node => node is JsonObject o
            ? new Choice(o["value"]?.ToString() ?? "", Text(o["text"]) ?? new LocalizedText(o["value"]?.ToString() ?? ""), Number(o["analyticsScore"]))
            : new Choice(node?.ToString() ?? "", new LocalizedText(node?.ToString() ?? "")))];

    private static double? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    /// <summary>A SurveyJS localisable string: plain, or {default, ru, en}; Russian is ru, else default.</summary>
    internal static LocalizedText? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => ((string?)o["ru"] ?? (string?)o["default"]) is { } ru
            ? new LocalizedText(ru, (string?)o["en"] ?? (o.ContainsKey("ru") ? (string?)o["default"] : null))
            : null,
        _ => node.GetValueKind() == JsonValueKind.String ? new LocalizedText(node.GetValue<string>()) : null,
    };
}
