using Analytics.Engine.Forms;
using Analytics.Engine.Privacy;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Privacy;

public class PersonalDataTests
{
    [Theory]
    [InlineData("a.consumer_name", true)]
    [InlineData("consumer_phone", true)]
    [InlineData("a.CONSUMER_ADDRESS", true)]
    [InlineData("a.consumer_email", true)]
    [InlineData("a.consumer_type", false)]
    [InlineData("a.register_no", false)]
    public void IsPersonalColumn_NamesTheAppealsConsumerFields(string sql, bool personal) =>
        Assert.Equal(personal, PersonalData.IsPersonalColumn(sql));

    [Theory]
    [InlineData("contact", QuestionType.ShortText, false, true)]
    [InlineData("Phone", QuestionType.ShortText, false, true)]
    [InlineData("reach_me", QuestionType.ShortText, true, true)]
    [InlineData("reach_me", QuestionType.ShortText, false, false)]
    [InlineData("contact_ok", QuestionType.YesNoNa, false, false)]
    [InlineData("phone", QuestionType.YesNoNa, false, false)]
    [InlineData("comment", QuestionType.LongText, false, false)]
    public void IsPersonal_CoversFlaggedAndContactItems(string code, QuestionType type, bool flagged, bool personal) =>
        Assert.Equal(personal, PersonalData.IsPersonal(new FormItem { Code = code, Type = type, Text = new("x"), Personal = flagged }));

    [Theory]
    [InlineData("+79001234567", false, "+***7")]
    [InlineData("+79001234567", true, "+79001234567")]
    [InlineData("ab", false, "***")]
    [InlineData("", false, "")]
    [InlineData(null, false, null)]
    public void Shown_MasksForThoseWhoMayNotSee(string? value, bool maySee, string? shown) =>
        Assert.Equal(shown, PersonalData.Shown(value, maySee));

    [Fact]
    public void MaySee_AdminAndDesignerOnly()
    {
        Assert.True(PersonalData.MaySee(r => r == "Admin"));
        Assert.True(PersonalData.MaySee(r => r == "Designer"));
        Assert.False(PersonalData.MaySee(r => r is "Auditor" or "Executive" or "BranchManager"));
    }

    [Fact]
    public void AnswerSql_MarksPersonalAnswers_ByFlagCodeAndVersion()
    {
        using var db = new TempStore();
        var forms = new FormService(db.Store);
        var id = forms.Create(new FormDefinition
        {
            Code = "pd", Kind = FormKind.Questionnaire, Title = new("Опрос"),
            Sections =
            [
                new FormSection
                {
                    Code = "s", Title = new("С"),
                    Items =
                    [
                        new FormItem { Code = "csat", Type = QuestionType.Rating, Text = new("Оценка"), Required = true },
                        new FormItem { Code = "reach_me", Type = QuestionType.ShortText, Text = new("Куда ответить"), Personal = true },
                        new FormItem { Code = "comment", Type = QuestionType.LongText, Text = new("Комментарий") },
                    ],
                },
            ],
        }, "test");
        Assert.True(forms.Publish(id, "test").Published);
        using var c = db.Store.Open();
        c.Execute("""
            INSERT INTO submission (id, definition_id, version, source, submitted_at) VALUES ('q1', $id, 1, 'online', now()), ('i1', 'imported', 1, 'import', now());
            INSERT INTO answer (submission_id, item_code, value_text) VALUES ('q1', 'reach_me', 'a@b.ru'), ('q1', 'comment', 'хорошо'),
                ('i1', 'contact', '+7 900'), ('i1', 'reach_me', 'x');
            """, new { id });

        PersonalData.Prepare(c);
        var personal = c.Query<string>($"SELECT x.submission_id || '/' || x.item_code FROM answer x JOIN submission s ON s.id = x.submission_id WHERE {PersonalData.AnswerSql("s", "x")} ORDER BY 1").ToList();

        Assert.Equal(["i1/contact", "q1/reach_me"], personal);
    }

    [Theory]
    [InlineData("звоните +7 (911) 222-33-44 вечером", "звоните +***4 вечером")]
    [InlineData("тел. 8 911 222 33 44", "тел. 8***4")]
    [InlineData("8(911)2223344", "8***4")]
    [InlineData("номер 9112223344, спасибо", "номер 9***4, спасибо")]
    [InlineData("+79001234567", "+***7")]
    [InlineData("местный 911 222-33-44", "местный 9***4")]
    [InlineData("пишите ivanov.p@mail.ru или Иванов@почта.рф", "пишите i***u или И***ф")]
    [InlineData("заявка №123456 от 03.12.2026, офис ARH-01, 2 200 руб.", "заявка №123456 от 03.12.2026, офис ARH-01, 2 200 руб.")]
    public void ScrubText_MasksPhonesAndEmails_InsideFreeText(string text, string shown)
    {
        Assert.Equal(shown, PersonalData.ShownText(text, maySee: false));
        Assert.Equal(text, PersonalData.ShownText(text, maySee: true));
    }
}
