using Analytics.Engine.Forms;
using Microsoft.AspNetCore.Components;

namespace SurveyDesigner.Questions;

/// <summary>
/// Base of the designing components: each edits the settings of its question type and reports a new
/// immutable <see cref="FormItem"/> through <see cref="ItemChanged"/>; it never mutates <see cref="Item"/>.
/// </summary>
public abstract class QuestionEditorBase : ComponentBase
{
    [Parameter, EditorRequired] public FormItem Item { get; set; } = default!;
    [Parameter] public EventCallback<FormItem> ItemChanged { get; set; }

    protected Task Change(FormItem item) => ItemChanged.InvokeAsync(item);

    /// <summary>The editor component of each question type.</summary>
    public static Type EditorType(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => typeof(SingleChoiceEditor),
        QuestionType.MultipleChoice => typeof(MultipleChoiceEditor),
        QuestionType.Dropdown => typeof(DropdownEditor),
        QuestionType.Rating => typeof(RatingEditor),
        QuestionType.Nps => typeof(NpsEditor),
        QuestionType.Ces => typeof(CesEditor),
        QuestionType.YesNoNa => typeof(YesNoNaEditor),
        QuestionType.Number => typeof(NumberEditor),
        QuestionType.Duration => typeof(DurationEditor),
        QuestionType.DateTime => typeof(DateTimeEditor),
        QuestionType.ShortText => typeof(ShortTextEditor),
        QuestionType.LongText => typeof(LongTextEditor),
        QuestionType.File => typeof(FileEditor),
        QuestionType.Signature => typeof(SignatureEditor),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
