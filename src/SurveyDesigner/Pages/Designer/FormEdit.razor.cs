using Analytics.Engine.Forms;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace SurveyDesigner.Pages.Designer;

public partial class FormEdit
{
    [Parameter] public string Id { get; set; } = "";
    [Inject] private FormService Forms { get; set; } = default!;

    private FormSummary? _summary;
    private FormDefinition? _form;
    private IReadOnlyList<FormIssue> _issues = [];
    private bool _dirty;
    private string? _message;
    private Severity _messageSeverity;

    private IReadOnlyList<(string Code, string Name)> _allOffices = [];
    private IReadOnlyCollection<string> _offices = [];

    private bool _readOnly => _summary?.Status == FormStatus.Archived;

    protected override void OnParametersSet()
    {
        _summary = Forms.Forms.Find(Id);
        _form = _summary is null ? null : Forms.Forms.Draft(_summary.Id);
        _allOffices = Forms.Offices();
        _offices = _summary is null ? [] : [.. Forms.Forms.Offices(_summary.Id)];
    }

    /// <summary>Publication to offices applies at once: it limits where answers are accepted, not the form's content.</summary>
    private void SetOffices(IReadOnlyCollection<string> offices)
    {
        _offices = offices;
        Forms.Forms.SetOffices(_summary!.Id, _offices);
    }

    private string OfficeName(string code) => _allOffices.FirstOrDefault(o => o.Code == code).Name ?? code;

    private void Update(FormDefinition form) { _form = form; _dirty = true; _message = null; }

    private void SetDescription(string? text) =>
        Update(_form! with { Description = string.IsNullOrWhiteSpace(text) ? null : new LocalizedText(text, _form!.Description?.En) });

    private void Save()
    {
        try
        {
            Forms.SaveDraft(_summary!.Id, _form!);
            (_dirty, _message, _messageSeverity) = (false, "Черновик сохранён.", Severity.Success);
        }
        catch (FormException ex) { (_message, _messageSeverity) = (ex.Message, Severity.Error); }
    }

    private void Check()
    {
        _issues = FormValidator.Validate(_form!);
        (_message, _messageSeverity) = _issues.Count == 0 ? ("Ошибок не найдено.", Severity.Success) : (null, Severity.Info);
    }

    private void Publish()
    {
        if (_dirty) Save();
        if (_dirty) return;
        var result = Forms.Publish(_summary!.Id);
        _issues = result.Issues;
        (_message, _messageSeverity) = result.Published
            ? ($"Опубликована версия {result.Version}. Новые ответы будут ссылаться на неё; прежние версии не меняются.", Severity.Success)
            : ("Публикация невозможна: исправьте ошибки ниже.", Severity.Error);
        _summary = Forms.Forms.Find(_summary.Id);
    }

    private IReadOnlyList<FormItem> ItemsBefore(int section, int item) =>
        [.. _form!.Sections.Take(section).SelectMany(s => s.Items).Concat(_form.Sections[section].Items.Take(item))];

    private void SetSection(int index, FormSection section)
    {
        var list = _form!.Sections.ToList();
        list[index] = section;
        Update(_form with { Sections = list });
    }

    private void AddSection()
    {
        var n = _form!.Sections.Count + 1;
        while (_form.Sections.Any(s => s.Code == $"s{n}")) n++;
        Update(_form with { Sections = [.. _form.Sections, new FormSection { Code = $"s{n}", Title = new LocalizedText($"Раздел {n}") }] });
    }

    private void RemoveSection(int index) => Update(_form! with { Sections = [.. _form.Sections.Where((_, i) => i != index)] });

    private void MoveSection(int index, int by)
    {
        var list = _form!.Sections.ToList();
        (list[index], list[index + by]) = (list[index + by], list[index]);
        Update(_form with { Sections = list });
    }

    private void SetItem(int section, int index, FormItem item)
    {
        var items = _form!.Sections[section].Items.ToList();
        items[index] = item;
        SetSection(section, _form.Sections[section] with { Items = items });
    }

    private void AddItem(int section)
    {
        var n = _form!.AllItems().Count() + 1;
        while (_form.AllItems().Any(i => i.Code == $"q{n}")) n++;
        var kind = _form.Kind == FormKind.Checklist ? QuestionType.YesNoNa : QuestionType.Rating;
        var item = new FormItem { Code = $"q{n}", Type = kind, Text = new LocalizedText("Новый вопрос"), Scored = kind == QuestionType.YesNoNa };
        SetSection(section, _form.Sections[section] with { Items = [.. _form.Sections[section].Items, item] });
    }

    private void RemoveItem(int section, int index) =>
        SetSection(section, _form!.Sections[section] with { Items = [.. _form.Sections[section].Items.Where((_, i) => i != index)] });

    private void MoveItem(int section, int index, int by)
    {
        var items = _form!.Sections[section].Items.ToList();
        (items[index], items[index + by]) = (items[index + by], items[index]);
        SetSection(section, _form.Sections[section] with { Items = items });
    }
}
