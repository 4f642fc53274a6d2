using Analytics.Engine.Forms;
using Analytics.Engine.Methodology;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace SurveyDesigner.Pages.Designer;

public partial class FormEdit
{
    [Parameter] public string Id { get; set; } = "";
    [Inject] private FormService Forms { get; set; } = default!;
    [CascadingParameter] private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? Auth { get; set; }
    [Inject] private IServiceProvider Services { get; set; } = default!;

    private FormSummary? _summary;
    private FormDefinition? _form;
    private IReadOnlyList<FormIssue> _issues = [];
    private bool _dirty;
    private string? _message;
    private Severity _messageSeverity;

    private IReadOnlyList<Analytics.Engine.Vocabulary.OrgEntry> _allOffices = [];
    private IReadOnlyCollection<string> _offices = [];

    private bool _readOnly => _summary?.Status == FormStatus.Archived;

    private readonly HashSet<int> _expanded = [0];
    private IReadOnlyList<(string Id, string Name)> _criteria = [];
    private string? _focusItem;
    private int _focusCount;

    protected override void OnParametersSet()
    {
        _summary = Forms.Forms.Find(Id);
        _form = _summary is null ? null : Forms.Forms.Draft(_summary.Id);
        _allOffices = Forms.OfficesByBranch();
        _offices = _summary is null ? [] : [.. Forms.Forms.Offices(_summary.Id)];
        // The store's active methodology when the host has one, else the built-in one.
        var methodology = Services.GetService(typeof(MethodologyRepository)) is MethodologyRepository repository
            ? repository.Find(MethodologyRepository.DefaultId) : null;
        _criteria = [.. (methodology ?? MethodologyRepository.Defaults.First(d => d.Id == MethodologyRepository.DefaultId)).Criteria.Select(c => (c.Id, c.NameRu))];
    }

    /// <summary>Publication to offices applies at once: it limits where answers are accepted, not the form's content.</summary>
    private void SetOffices(IReadOnlyCollection<string> offices)
    {
        _offices = offices;
        Forms.Forms.SetOffices(_summary!.Id, _offices, Api.AuditorIdentity.Actor(Auth));
    }

    private void Update(FormDefinition form)
    {
        (_form, _dirty, _message) = (form, true, null);
        // Once findings are shown they follow the edits, so a fixed one disappears at once.
        if (_issues.Count > 0) _issues = FormValidator.Validate(_form);
    }

    private IReadOnlyList<FormIssue> IssuesOf(string itemCode) => [.. _issues.Where(i => i.Item == itemCode)];

    private int SectionIndexOf(string itemCode) => _form!.Sections.ToList().FindIndex(s => s.Items.Any(i => i.Code == itemCode));

    private void Expand(int section, bool open)
    {
        if (open) _expanded.Add(section); else _expanded.Remove(section);
    }

    /// <summary>From a finding to its item: open its section and put the keyboard focus on its code.</summary>
    private void GoTo(string itemCode)
    {
        _expanded.Add(SectionIndexOf(itemCode));
        (_focusItem, _focusCount) = (itemCode, _focusCount + 1);
    }

    private void SetDescription(string? text) =>
        Update(_form! with { Description = string.IsNullOrWhiteSpace(text) ? null : new LocalizedText(text, _form!.Description?.En) });

    private void Save()
    {
        try
        {
            Forms.SaveDraft(_summary!.Id, _form!, Api.AuditorIdentity.Actor(Auth));
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
        var result = Forms.Publish(_summary!.Id, Api.AuditorIdentity.Actor(Auth));
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
        _expanded.Add(_form.Sections.Count - 1);
    }

    private void RemoveSection(int index)
    {
        Update(_form! with { Sections = [.. _form.Sections.Where((_, i) => i != index)] });
        // Open panels follow their sections, not their old positions.
        var open = _expanded.Where(i => i != index).Select(i => i > index ? i - 1 : i).ToList();
        _expanded.Clear();
        _expanded.UnionWith(open);
    }

    private void MoveSection(int index, int by)
    {
        var list = _form!.Sections.ToList();
        (list[index], list[index + by]) = (list[index + by], list[index]);
        Update(_form with { Sections = list });
        var (a, b) = (_expanded.Contains(index), _expanded.Contains(index + by));
        Expand(index, b);
        Expand(index + by, a);
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
