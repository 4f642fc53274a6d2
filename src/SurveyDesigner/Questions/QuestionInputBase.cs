using System.Globalization;
using Analytics.Engine.Forms;
using Microsoft.AspNetCore.Components;

namespace SurveyDesigner.Questions;

/// <summary>
/// Base of every answering component. Inputs render plain, labelled HTML controls named <c>a.{code}</c>, so the
/// same component works interactively (designer preview), in a static server-rendered form (the public
/// questionnaire, posted as a normal form) and under the offline checklist runner's script.
/// </summary>
public abstract class QuestionInputBase : ComponentBase
{
    [Parameter, EditorRequired] public FormItem Item { get; set; } = default!;
    [Parameter] public AnswerValue? Value { get; set; }
    [Parameter] public EventCallback<AnswerValue?> ValueChanged { get; set; }
    /// <summary>UI culture: <c>ru</c> (default) or <c>en</c>.</summary>
    [Parameter] public string Culture { get; set; } = "ru";
    [Parameter] public bool Disabled { get; set; }

    protected string FieldName => FieldNames.Answer(Item.Code);
    protected string InputId(string suffix = "") => $"q-{Item.Code}{suffix}";
    protected string Text(LocalizedText? text) => text?.For(Culture) ?? "";
    protected bool English => Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    protected string L(string ru, string en) => English ? en : ru;

    protected Task Set(AnswerValue? value) => ValueChanged.InvokeAsync(value);

    protected Task SetText(ChangeEventArgs e) =>
        Set(e.Value is string s && !string.IsNullOrWhiteSpace(s) ? Keep(new AnswerValue { Text = s }) : null);

    protected Task SetNumber(ChangeEventArgs e) =>
        Set(e.Value is string s && double.TryParse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? Keep(new AnswerValue { Number = n }) : null);

    /// <summary>Carries the checklist evidence (time, note) over to a new value.</summary>
    protected AnswerValue Keep(AnswerValue next) => next with { SecondsSpent = Value?.SecondsSpent, Note = Value?.Note };

    protected string NumberText => Value?.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : "";
    protected bool IsChosen(string code) => Value?.Choices?.Contains(code) == true || Value?.Text == code;
}

/// <summary>Names of posted form fields, shared by the inputs and <see cref="Posting.AnswerFormReader"/>.</summary>
public static class FieldNames
{
    public static string Answer(string code) => $"a.{code}";
    public static string NotApplicable(string code) => $"na.{code}";
    public static string Note(string code) => $"note.{code}";
    public static string File(string code) => $"f.{code}";
}
