using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Engine.Vocabulary;

/// <summary>
/// Why an import row (or a whole file) was refused: one catalogue of stable codes with a Russian and an English text.
/// The stored reason (quarantine, import result, CLI) is the Russian text first and the English second, joined by
/// " / ", so a person reads Russian and a log search in English still works; <c>--json</c> adds the stable
/// <see cref="CodeOf">code</see> and a Russian message naming file, line and field. The labelled files of
/// <c>classifier train|evaluate</c> are read as imports are, so the rows they leave out are named from here too.
/// </summary>
public static class ImportReasons
{
    public const string Separator = " / ";

    /// <summary>Code → (Russian, English) composite formats ({0}, {1}… are the details).</summary>
    public static readonly IReadOnlyDictionary<string, (string Ru, string En)> Entries = new Dictionary<string, (string Ru, string En)>(StringComparer.Ordinal)
    {
        ["required"] = ("значение обязательно", "a value is required"),
        ["not_integer"] = ("«{0}» — не целое число", "'{0}' is not a whole number"),
        ["out_of_range"] = ("{0} — вне допустимого диапазона", "{0} is out of range"),
        ["not_number"] = ("«{0}» — не число", "'{0}' is not a number"),
        ["not_boolean"] = ("«{0}» — не «да/нет» (да/нет, yes/no, 1/0, true/false)", "'{0}' is not yes/no"),
        ["not_date"] = ("«{0}» — не дата (дд.ММ.гггг[ чч:мм[:сс]] или ISO 8601)", "'{0}' is not a valid date (dd.MM.yyyy[ HH:mm[:ss]] or ISO 8601)"),
        ["implausible_date"] = ("«{0}» — вне правдоподобного диапазона {1} … {2} (настройки Imports:EarliestDate, Imports:LatestDateDaysAhead)",
            "'{0}' is outside the plausible range {1} … {2}"),
        ["unknown_code"] = ("«{0}» — неизвестное значение поля {1} (допустимы: {2})", "'{0}' is not a known {1}"),
        ["unknown_office"] = ("неизвестный код офиса «{0}» (нет в загруженной структуре организации)",
            "unknown office code '{0}' (not in the loaded organisation structure)"),
        ["field_count"] = ("в строке {0} полей, а в заголовке {1}", "{0} fields where the header has {1}"),
        ["control_char"] = ("невидимый управляющий символ U+{0} в позиции {1}; значение было бы обрезано или искажено",
            "an invisible control character U+{0} at position {1}"),
        ["stray_quote"] = ("нарушены кавычки: кавычка внутри поля без кавычек", "broken quoting: a quote inside an unquoted field"),
        ["text_after_quote"] = ("нарушены кавычки: текст после закрывающей кавычки", "broken quoting: text after a closing quote"),
        ["unclosed_quote"] = ("нарушены кавычки: поле в кавычках не закрыто", "broken quoting: a quoted field is never closed"),
        ["line_break_in_quotes"] = ("перевод строки внутри кавычек", "a line break inside quotes"),
        ["malformed"] = ("запись не читается ({0})", "malformed record ({0})"),
        ["quote_not_closed"] = ("нарушены кавычки: кавычка, открытая в поле {0}, не закрыта ни на этой строке, ни на следующих (до {1} строк, {2} байт); строка отклонена, чтение продолжено со следующей",
            "broken quoting: the quote opened in field {0} is not closed within {1} lines ({2} bytes); this line is rejected"),
        ["line_too_long"] = ("строка длиной {0} байт — больше предела {1}; не прочитана", "line is {0} bytes long, over the limit of {1}; not read"),
        ["invalid_utf8"] = ("в строке недопустимые байты UTF-8 (часть файла в другой кодировке?)", "invalid UTF-8 bytes in the line"),
        ["cell_too_long"] = ("ячейка длиннее {0} символов (настройка Imports:MaxCellChars); строка не прочитана",
            "longer than {0} characters (setting Imports:MaxCellChars); the row is not read"),
        ["missing_shared_string"] = ("ссылка на общую строку «{0}», которой нет в книге", "refers to shared string '{0}', which the workbook does not have"),
        ["registered_before_received"] = ("дата регистрации раньше даты поступления", "registered before it was received"),
        ["answered_before_received"] = ("дата ответа раньше даты поступления", "answered before it was received"),
        ["called_before_issued"] = ("вызов раньше выдачи талона", "called before the ticket was issued"),
        ["finished_before_called"] = ("окончание обслуживания раньше вызова", "finished before it was called"),
        ["interval_not_positive"] = ("длина интервала должна быть больше нуля", "interval length must be positive"),
        ["negative_count"] = ("количество не может быть отрицательным", "a count cannot be negative"),
        ["over_offered"] = ("принятых и потерянных больше, чем поступивших", "answered + abandoned exceeds offered"),
        ["in_norm_over_answered"] = ("принятых в норматив больше, чем принятых", "more answered in norm than answered"),
        ["thresholds_order"] = ("пороги должны возрастать, а количества — не убывать", "thresholds must increase and counts must not decrease"),
        ["threshold_over_answered"] = ("принятых в пределах порога больше, чем принятых", "more answered within a threshold than answered"),
        ["negative_duration"] = ("длительность не может быть отрицательной", "a duration cannot be negative"),
        ["answered_abandoned"] = ("принятый звонок не может быть потерянным", "an answered call cannot be abandoned"),
        ["negative_tolerance"] = ("допуск отрицательный", "tolerance is negative"),
        ["parent_required"] = ("для уровня «{0}» нужен код вышестоящего подразделения", "a {1} needs a parent code"),
        ["category_required"] = ("для офиса нужна категория (I, II или III)", "an office needs a category (I, II or III)"),
        ["version_too_small"] = ("версия должна быть 1 или больше", "version must be 1 or more"),
        ["satisfied_not_reached"] = ("указана удовлетворённость, хотя до потребителя не дозвонились", "satisfaction given although the consumer was not reached"),
        ["conflict_same_import"] = ("{0}: повторяет более раннюю строку этого файла с другими значениями; не сохранено",
            "{0}: repeats an earlier line of this file with other values; not stored"),
        ["conflict_stored"] = ("{0}: уже сохранено (загрузка №{1}) с другими значениями; не сохранено",
            "{0}: already stored (import #{1}) with other values; not stored"),
        ["conflict_line"] = ("{0}: повторяет строку {1} этого файла с другими значениями; не сохранено",
            "{0}: repeats line {1} of this file with other values; not stored"),
        // Rows of a labelled file (classifier train/evaluate) left out; read like an import, reported like one.
        ["empty_text"] = ("текст пуст", "the text is empty"),
        ["empty_text_normalised"] = ("после очистки текст пуст (только разметка и пробелы)", "the text is empty once normalised (markup and spaces only)"),
        ["empty_label"] = ("метка класса пуста", "the label is empty"),
        ["unseen_label"] = ("метка «{0}» не встречалась при обучении модели; строка не учтена в метриках",
            "label '{0}' is not one the model was trained on; the row is left out of the metrics"),
        ["missing_field"] = ("поля «{2}» нет: в строке {0} полей, а в заголовке {1}", "the row has {0} field(s), the header {1}; '{2}' is missing"),
        // A whole file refused, or a warning about its header (the message names the file).
        ["file_not_found"] = ("{0}: файл не найден", "{0}: file not found"),
        ["file_empty"] = ("{0}: файл пуст (нет строки заголовка)", "{0}: the file is empty (no header line)"),
        ["header_empty"] = ("{0}: строка заголовка пуста", "{0}: the header line is empty"),
        ["header_too_long"] = ("{0}: строка заголовка длиннее {1} байт", "{0}: the header line is longer than {1} bytes"),
        ["unknown_file_type"] = ("{0}: неизвестный тип файла «{1}»; допустимы {2}", "{0}: unknown file type '{1}'; use one of {2}"),
        ["utf16"] = ("{0}: файл в кодировке UTF-16 не поддерживается; сохраните его как CSV в UTF-8 (или Windows-1251)",
            "{0}: the file is in UTF-16, which is not supported; save it as CSV in UTF-8 (or Windows-1251)"),
        ["not_text"] = ("{0}: это не текстовый файл (в нём байты NUL или управляющие); ожидается CSV в UTF-8 или Windows-1251 либо .xlsx/.arrow/.parquet с верным расширением",
            "{0}: this is not a text file (it contains NUL or control bytes)"),
        ["missing_column"] = ("{0}: нет обязательного столбца {1}. Найдены столбцы: {2}. Другие заголовки сопоставьте через --map.",
            "{0}: required column {1} is missing; map other headers with --map"),
        ["map_target_unknown"] = ("{0}: сопоставление направляет столбец «{1}» в «{2}», а такого поля у этого вида нет (поля: {3})",
            "{0}: the mapping sends column '{1}' to '{2}', which is not a field of this kind"),
        ["unknown_column"] = ("Столбец «{0}» не распознан; пропущен.", "Column '{0}' is not a known column; ignored."),
        ["repeated_column"] = ("Столбец «{0}» повторяет поле {1} (уже прочитано из «{2}»); пропущен.", "Column '{0}' repeats field {1} (already read from '{2}'); ignored."),
        ["no_usable_row"] = ("{0}: нет ни одной пригодной строки (не использовано строк: {1})", "{0}: no usable row ({1} row(s) left out)"),
        ["no_named_column"] = ("{0}: нет столбца «{1}» (столбцы: {2})", "{0}: no column '{1}' in the header (columns: {2})"),
        ["no_data_rows"] = ("В файле есть заголовок, но нет строк с данными.", "The file has a header but no data rows."),
    };

    /// <summary>The stored reason: Russian, " / ", English, with the details filled in.</summary>
    public static string Text(string code, params object?[] details)
    {
        var (ru, en) = Entries[code];
        return string.Format(CultureInfo.InvariantCulture, ru, details) + Separator + string.Format(CultureInfo.InvariantCulture, en, details);
    }

    /// <summary>The English half of <see cref="Text"/> alone, with the details filled in.</summary>
    public static string English(string code, params object?[] details) =>
        string.Format(CultureInfo.InvariantCulture, Entries[code].En, details);

    /// <summary>
    /// The reason as an SQL string expression: the formats' literal parts quoted, each {n} replaced by the SQL
    /// expression <paramref name="details"/>[n] (cast to text by <c>||</c>), so reasons made by the merge SQL read the same.
    /// </summary>
    public static string Sql(string code, params string[] details)
    {
        var (ru, en) = Entries[code];
        return Part(ru) + " || '" + Separator + "' || " + Part(en);

        string Part(string format) => string.Join(" || ", Regex.Split(format, @"(\{\d\})").Where(p => p.Length > 0)
            .Select(p => p is ['{', var d, '}'] ? $"coalesce(({details[d - '0']})::VARCHAR, '?')" : "'" + p.Replace("'", "''", StringComparison.Ordinal) + "'"));
    }

    private static readonly Lazy<(string Code, Regex Pattern)[]> Patterns = new(() => [.. Entries.Select(e =>
        // An XLSX cell's problem is stored as "cell G3: <reason>" (XlsxRecordSource names the cell): the prefix is allowed.
        (e.Key, new Regex(@"^(?:cell [A-Z]*\d*(?:#\d+)?: )?" + Regex.Replace(Regex.Escape(e.Value.Ru), @"\\\{\d}", ".*?") + Regex.Escape(Separator), RegexOptions.Singleline)))]);

    /// <summary>The stable code of a stored reason ("other" for a reason made before this catalogue).</summary>
    public static string CodeOf(string reason) => Patterns.Value.FirstOrDefault(p => p.Pattern.IsMatch(reason)).Code ?? "other";

    /// <summary>
    /// A stored reason in one language, as a page shows it: the Russian part (or the English one for an English
    /// interface) of a catalogue reason; a reason stored before the catalogue as it is.
    /// </summary>
    public static string Display(string reason, CultureInfo? culture = null)
    {
        var match = Patterns.Value.Select(p => p.Pattern.Match(reason)).FirstOrDefault(m => m.Success);
        if (match is null) return reason;
        var russianLength = match.Length - Separator.Length;
        return Labels.IsEnglish(culture ?? CultureInfo.CurrentUICulture) ? reason[match.Length..] : reason[..russianLength];
    }

    /// <summary>"appeals.csv, строка 3, поле «office_code»: …" — the reason with where it was.</summary>
    public static string Message(string file, long line, string? column, string reason) =>
        $"{file}, строка {line}" + (string.IsNullOrEmpty(column) ? "" : $", поле «{column}»") + ": " + reason;
}
