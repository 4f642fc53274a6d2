namespace Dashboard.Localization;

public sealed partial class Ui
{
    private static readonly Dictionary<string, (string Ru, string En)> MethodologyStrings = new()
    {
        ["Nav.Trace"] = ("Прослеживаемость Стандарта", "Standard traceability"),
        ["Trace.Title"] = ("Прослеживаемость Стандарта", "Traceability to the Standard"),
        ["Trace.Intro"] = ("Каждый критерий методики и каждый пункт шаблонов с пунктом Стандарта, данными, которые его питают, и тем, есть ли эти данные в хранилище.",
            "Every criterion and template item with its clause of the Standard, the data that feeds it and whether the store has that data."),
        ["Trace.Methodology"] = ("Методика", "Methodology"),
        ["Trace.Search"] = ("Поиск (код, пункт Стандарта, текст)", "Search (code, clause, text)"),
        ["Trace.WithoutData"] = ("Только без данных", "Only without data"),
        ["Trace.WithData"] = ("с данными", "with data"),
        ["Trace.Criteria"] = ("Критерии", "Criteria"),
        ["Trace.Items"] = ("Пункты шаблонов", "Template items"),
        ["Trace.ItemsCount"] = ("пунктов:", "items:"),
        ["Trace.Source"] = ("Пункт Стандарта", "Clause"),
        ["Trace.FedBy"] = ("Источник данных", "Fed by"),
        ["Trace.Data"] = ("Данные", "Data"),
        ["Trace.Has"] = ("есть", "present"),
        ["Trace.None"] = ("нет", "none"),
        ["Trace.NotInMethodology"] = ("нет в этой методике", "not in this methodology"),
        ["Trace.Template"] = ("Шаблон", "Template"),
        ["Trace.Item"] = ("Пункт", "Item"),
        ["Trace.Use"] = ("В показателях", "In indicators"),
        ["Trace.Use.Scored"] = ("входит в показатель", "feeds an indicator"),
        ["Trace.Use.OutsideForms"] = ("критерий Стандарта, вне форм 2.1–2.3", "Standard criterion, outside forms 2.1–2.3"),
        ["Trace.Use.Unknown"] = ("критерий не найден", "unknown criterion"),
        ["Indicators.Note"] = ("Примечание", "Note"),
    };
}
