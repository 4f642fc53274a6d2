namespace Dashboard.Localization;

public sealed partial class Ui
{
    private static readonly Dictionary<string, (string Ru, string En)> ExportStrings = new(StringComparer.Ordinal)
    {
        ["Nav.Exports"] = ("Мои выгрузки", "My exports"),
        ["Exports.Empty"] = ("Выгрузок пока нет. Большие выгрузки запускаются со страницы записей.",
            "No exports yet. Large exports are started from a records page."),
        ["Exports.Records"] = ("Записи", "Records"),
        ["Exports.Format"] = ("Формат", "Format"),
        ["Exports.State"] = ("Состояние", "State"),
        ["Exports.Progress"] = ("Выгружено строк", "Rows written"),
        ["Exports.Size"] = ("Размер", "Size"),
        ["Exports.Created"] = ("Создана", "Created"),
        ["Exports.Download"] = ("Скачать", "Download"),
        ["Exports.State.queued"] = ("в очереди", "queued"),
        ["Exports.State.running"] = ("выполняется", "running"),
        ["Exports.State.completed"] = ("готова", "ready"),
        ["Exports.State.failed"] = ("ошибка", "failed"),
        ["Exports.State.expired"] = ("удалена по сроку хранения", "deleted after the retention period"),
        ["Exports.Background"] = ("Выгрузить всё в фоне", "Export everything in the background"),
        ["Exports.OverLimit"] = ("Записей больше {0}: файл со страницы будет обрезан. Полная выгрузка — в фоне.",
            "More than {0} records: the page's file is cut. Export everything in the background."),
        ["Exports.Started"] = ("Выгрузка запущена", "Export started"),
    };
}
