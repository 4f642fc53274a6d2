using System.Globalization;
using Analytics.Engine.Forms;
using Microsoft.AspNetCore.Http;
using SurveyDesigner.Questions;

namespace SurveyDesigner.Posting;

/// <summary>What a posted form carried: answers by item, uploaded evidence, and fields that could not be read.</summary>
public sealed record PostedAnswers(
    Dictionary<string, AnswerValue> Answers, List<EvidenceUpload> Evidence, Dictionary<string, string> Errors);

/// <summary>
/// Turns a posted HTML form (the static questionnaire page) into answers, using the field names the question
/// inputs render (<see cref="FieldNames"/>). Values that cannot be read become Russian messages, not exceptions.
/// </summary>
public static class AnswerFormReader
{
    public static PostedAnswers Read(FormDefinition form, IFormCollection posted)
    {
        var result = new PostedAnswers(new(StringComparer.Ordinal), [], new(StringComparer.Ordinal));
        foreach (var item in form.AllItems())
        {
            var values = posted[FieldNames.Answer(item.Code)].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            var answer = Parse(item, values, result.Errors);
            if (posted[FieldNames.NotApplicable(item.Code)].Any(v => v is "on" or "true")) answer = AnswerValue.Na;
            var note = posted[FieldNames.Note(item.Code)].FirstOrDefault();
            if (!string.IsNullOrWhiteSpace(note)) answer = (answer ?? new AnswerValue()) with { Note = note.Trim() };
            foreach (var upload in Files(item, posted)) result.Evidence.Add(upload);
            if (answer is not null) result.Answers[item.Code] = answer;
        }
        return result;
    }

    private static AnswerValue? Parse(FormItem item, List<string> values, Dictionary<string, string> errors)
    {
        if (values.Count == 0) return null;
        switch (item.Type)
        {
            case QuestionType.MultipleChoice: return AnswerValue.OfChoices([.. values.Distinct()]);
            case QuestionType.SingleChoice or QuestionType.Dropdown: return AnswerValue.OfChoices(values[0]);
            case QuestionType.YesNoNa: return values[0] == "na" ? AnswerValue.Na : AnswerValue.Of(values[0]);
            case var t when QuestionTypes.IsNumeric(t):
                if (double.TryParse(values[0].Replace(',', '.').Replace(" ", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                    return AnswerValue.Of(n);
                errors[item.Code] = $"В вопросе «{item.Text.Ru}» введите число.";
                return null;
            case QuestionType.DateTime:
                if (DateTimeText.ToIso(values[0]) is { } iso) return AnswerValue.Of(iso);
                errors[item.Code] = $"В вопросе «{item.Text.Ru}» введите дату в виде дд.мм.гггг чч:мм.";
                return null;
            default: return AnswerValue.Of(values[0]);
        }
    }

    private static IEnumerable<EvidenceUpload> Files(FormItem item, IFormCollection posted)
    {
        var name = FieldNames.File(item.Code);
        if (item.Type == QuestionType.File)
        {
            foreach (var file in posted.Files.GetFiles(name).Where(f => f.Length > 0))
            {
                using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                yield return new EvidenceUpload(item.Code, file.FileName, file.ContentType, buffer.ToArray(), DateTime.UtcNow);
            }
        }
        else if (item.Type == QuestionType.Signature && posted[name].FirstOrDefault() is { } dataUrl
                 && dataUrl.StartsWith("data:image/png;base64,", StringComparison.Ordinal))
        {
            yield return new EvidenceUpload(item.Code, "signature.png", "image/png", Convert.FromBase64String(dataUrl["data:image/png;base64,".Length..]), DateTime.UtcNow);
        }
    }
}
