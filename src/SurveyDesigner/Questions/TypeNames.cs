using Analytics.Engine.Forms;

namespace SurveyDesigner.Questions;

/// <summary>Russian names of the question types for the designer.</summary>
public static class TypeNames
{
    public static string Of(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "Один вариант",
        QuestionType.MultipleChoice => "Несколько вариантов",
        QuestionType.Dropdown => "Выпадающий список",
        QuestionType.Rating => "Оценка 1–5",
        QuestionType.Nps => "NPS 0–10",
        QuestionType.Ces => "CES 1–7",
        QuestionType.YesNoNa => "Да / нет / неприменимо",
        QuestionType.Number => "Число",
        QuestionType.Duration => "Длительность (секундомер)",
        QuestionType.DateTime => "Дата и время",
        QuestionType.ShortText => "Короткий текст",
        QuestionType.LongText => "Развёрнутый текст",
        QuestionType.File => "Фото / файл",
        QuestionType.Signature => "Подпись",
        _ => type.ToString(),
    };
}
