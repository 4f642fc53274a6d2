using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Small published forms and one office, made through the engine's <see cref="FormService"/> on the live host's
/// store before the browser starts: faster than the full demo and every item is known to the test.
/// </summary>
internal static class SurveySeed
{
    public const string Office = "of-test-1";
    public const string Questionnaire = "test-csat";
    public const string Checklist = "test-visit";

    public static void Office_(AnalyticsStore store)
    {
        using var c = store.Open();
        c.Execute("INSERT INTO org_unit (code, level, name) VALUES ($code, 'office', 'Тестовый офис')", new { code = Office });
    }

    public static string PublishQuestionnaire(FormService forms) => Publish(forms, new FormDefinition
    {
        Code = Questionnaire, Kind = FormKind.Questionnaire, Title = new("Оцените обслуживание"),
        Sections =
        [
            new FormSection
            {
                Code = "main", Title = new("Визит"),
                Items =
                [
                    new FormItem { Code = "csat", Type = QuestionType.Rating, Text = new("Насколько вы довольны обслуживанием?"), Required = true },
                    new FormItem { Code = "nps", Type = QuestionType.Nps, Text = new("Порекомендуете ли вы нас?"), Required = true },
                    new FormItem { Code = "comment", Type = QuestionType.LongText, Text = new("Что улучшить?") },
                ],
            },
        ],
    });

    public static string PublishChecklist(FormService forms) => Publish(forms, new FormDefinition
    {
        Code = Checklist, Kind = FormKind.Checklist, Title = new("Проверка офиса"),
        Sections =
        [
            new FormSection
            {
                Code = "hall", Title = new("Зал"),
                Items =
                [
                    new FormItem { Code = "greeting", Type = QuestionType.YesNoNa, Text = new("Сотрудник поздоровался"), Required = true, Scored = true, Weight = 1 },
                    new FormItem { Code = "wait", Type = QuestionType.Number, Text = new("Ожидание, мин"), Required = true, Min = 0, Max = 240 },
                    new FormItem { Code = "stand", Type = QuestionType.File, Text = new("Фото стенда"), Required = true },
                ],
            },
        ],
    });

    private static string Publish(FormService forms, FormDefinition definition)
    {
        var id = forms.Create(definition, "test");
        var outcome = forms.Publish(id, "test");
        Assert.True(outcome.Published, string.Join("; ", outcome.Issues));
        return id;
    }

    /// <summary>A real 32×24 PNG (solid colour), written by hand so the test needs no imaging library.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAACAAAAAYCAIAAAAUMWhjAAAAJElEQVR4nGM4YSNHU8QwasGoBaMWjFowasGoBaMWjFowNCwAALcCZi77CyC1AAAAAElFTkSuQmCC");
}
