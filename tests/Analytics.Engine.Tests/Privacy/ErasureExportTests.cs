using System.Text;
using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Store.Export;
using Analytics.Engine.Tests.Support;
using Dapper;
using DuckDB.NET.Data;
using MiniExcelLibs;

namespace Analytics.Engine.Tests.Privacy;

/// <summary>
/// #21.6 "Erase one consumer: no trace in any … export": finished background exports that hold the person lose exactly
/// the person's rows (CSV, Parquet — the job's row count follows) or, for a workbook, are withdrawn with a Russian
/// reason on the job; exports without the person stay byte for byte as they were.
/// </summary>
public class ErasureExportTests
{
    private const string Key = "LS-5550001";
    private const string Name = "Экспортная Ольга Петровна";
    private const string Phone = "+7 (913) 555-00-01";

    private static readonly string[] Trace = [Key, Name, Phone, "555-00-01", "Экспортная"];

    private const string Header = "Рег. номер,Потребитель,Телефон,Лицевой счёт,Текст\r\n";
    // As the export writes them: RFC 4180 quoting, a formula-looking phone neutralised with a leading apostrophe.
    private const string PersonRow = $"B-1,{Name},'{Phone},{Key},\"Пишет {Name}, просит перезвонить\"\r\n";
    private const string OtherRow = "B-2,Другой Человек,'+7 900 000-11-22,LS-1234567,\"Многострочный\r\nтекст, с \"\"кавычками\"\"\"\r\n";
    private const string ThirdRow = "B-3,Третий Житель,'+7 900 000-33-44,LS-7654321,Без текста\r\n";

    private static void Seed(TempStore s)
    {
        using var c = s.Store.Open();
        c.Execute("""
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_name, consumer_phone,
                                channel, kind, received_at, registered_at, answered_at, text) VALUES
                ('B-1', 'O01', 'individual', $Key, $Name, $Phone, 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05', 'Пишет ' || $Name),
                ('B-2', 'O01', 'individual', 'LS-1234567', 'Другой Человек', '+7 900 000-11-22', 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05', 'Другой'),
                ('B-3', 'O01', 'individual', 'LS-7654321', 'Третий Житель', '+7 900 000-33-44', 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05', 'Третий');
            """, new { Key, Name, Phone });
    }

    private static void Job(TempStore s, long id, string format, string path, long rows)
    {
        using var c = s.Store.Open();
        c.Execute("""
            INSERT INTO export_job (id, user_name, kind, format, state, created_at, finished_at, rows_written, rows_total, file_path, size_bytes)
            VALUES ($id, 'exec', 'appeals', $format, 'completed', '2026-11-01', '2026-11-01', $rows, $rows, $path, $size)
            """, new { id, format, path, rows, size = new FileInfo(path).Length });
    }

    private static (string State, long Rows, long? Total, string? Path, long? Size, string? Message) JobRow(TempStore s, long id)
    {
        using var c = s.Store.Open();
        return c.QuerySingle<(string, long, long?, string?, long?, string?)>(
            "SELECT state, rows_written, rows_total, file_path, size_bytes, message FROM export_job WHERE id = $id", new { id });
    }

    private static string Csv(TempStore s, string name, params string[] rows)
    {
        var path = s.File("exports/" + name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Header + string.Concat(rows), new UTF8Encoding(true));
        return path;
    }

    private static List<string[]> ParquetRows(string path)
    {
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        return [.. db.Query($"SELECT * FROM read_parquet('{path}')").Select(r => ((IDictionary<string, object?>)r).Values.Select(v => v?.ToString() ?? "").ToArray())];
    }

    [Fact]
    public void Erase_RewritesOnlyTheExportsHoldingThePerson_WithdrawsAWorkbook_LeavesTheOthersByteIdentical()
    {
        using var s = new TempStore();
        Seed(s);
        var csvWith = Csv(s, "records-appeals-1.csv", PersonRow, OtherRow, ThirdRow);
        var csvWithout = Csv(s, "records-appeals-2.csv", OtherRow, ThirdRow);
        var parquetWith = s.File("exports/records-appeals-3.parquet");
        var text = Csv(s, "parquet-source.csv", OtherRow, PersonRow, ThirdRow);
        ParquetFromCsv.Convert(text, parquetWith);
        var parquetBefore = ParquetRows(parquetWith);
        var xlsxWith = s.File("exports/records-appeals-4.xlsx");
        MiniExcel.SaveAs(xlsxWith, new[] { new { Номер = "B-1", Потребитель = Name }, new { Номер = "B-2", Потребитель = "Другой Человек" } });
        var xlsxWithout = s.File("exports/records-appeals-5.xlsx");
        MiniExcel.SaveAs(xlsxWithout, new[] { new { Номер = "B-2", Потребитель = "Другой Человек" } });
        Job(s, 1, "csv", csvWith, 3);
        Job(s, 2, "csv", csvWithout, 2);
        Job(s, 3, "parquet", parquetWith, 3);
        Job(s, 4, "xlsx", xlsxWith, 2);
        Job(s, 5, "xlsx", xlsxWithout, 1);
        var untouched = new[] { csvWithout, xlsxWithout }.ToDictionary(p => p, File.ReadAllBytes);
        var jobsBefore = new[] { 2L, 5L }.ToDictionary(id => id, id => JobRow(s, id));

        var result = new ConsumerErasure(s.Store).Erase(Key, "admin");

        Assert.Equal(3, result.Exports);
        // Exports without the person: the same bytes, the same job.
        foreach (var (path, bytes) in untouched) Assert.Equal(bytes, File.ReadAllBytes(path));
        foreach (var (id, row) in jobsBefore) Assert.Equal(row, JobRow(s, id));

        // The CSV: no trace of the person; the header and the other records exactly as written, BOM included.
        var csvText = File.ReadAllText(csvWith);
        foreach (var value in Trace) Assert.DoesNotContain(value, csvText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + OtherRow + ThirdRow)), File.ReadAllBytes(csvWith));
        Assert.Equal(("completed", 2L, (long?)2, (string?)csvWith, (long?)new FileInfo(csvWith).Length, (string?)ConsumerErasure.RowsErasedMessage(1)),
            JobRow(s, 1));

        // The Parquet: the other rows with every value as before, in their order; nothing of the person in any value.
        var parquetAfter = ParquetRows(parquetWith);
        Assert.Equal(parquetBefore.Where(r => r[0] != "B-1"), parquetAfter);
        Assert.Equal(2, parquetAfter.Count);
        foreach (var value in Trace)
            Assert.DoesNotContain(parquetAfter.SelectMany(r => r), v => v.Contains(value, StringComparison.OrdinalIgnoreCase));
        Assert.Equal((2L, (long?)2, (long?)new FileInfo(parquetWith).Length), (JobRow(s, 3).Rows, JobRow(s, 3).Total, JobRow(s, 3).Size));

        // The workbook holding the person: withdrawn, and the job says why.
        Assert.False(File.Exists(xlsxWith));
        Assert.Equal(("expired", (string?)null, (string?)ConsumerErasure.ExportsErasedMessage), (JobRow(s, 4).State, JobRow(s, 4).Path, JobRow(s, 4).Message));
    }

    [Fact]
    public void Erase_OfSomeoneInNoExport_TouchesNoExport()
    {
        using var s = new TempStore();
        Seed(s);
        var csv = Csv(s, "records-appeals-1.csv", PersonRow, OtherRow);
        Job(s, 1, "csv", csv, 2);
        var bytes = File.ReadAllBytes(csv);

        var result = new ConsumerErasure(s.Store).Erase("LS-7654321", "admin"); // B-3's consumer: not in the file

        Assert.Equal(0, result.Exports);
        Assert.Equal(bytes, File.ReadAllBytes(csv));
        Assert.Equal(("completed", 2L), (JobRow(s, 1).State, JobRow(s, 1).Rows));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(csv)!, "*.erasing"));
    }

    [Fact]
    public void AnExportThatCannotBeRead_IsWithdrawn_NotTrustedToBeClean()
    {
        using var s = new TempStore();
        Seed(s);
        var broken = s.File("exports/records-appeals-1.parquet");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        File.WriteAllText(broken, $"not a parquet file, but it names {Name}");
        Job(s, 1, "parquet", broken, 1);

        new ConsumerErasure(s.Store).Erase(Key, "admin");

        Assert.False(File.Exists(broken));
        Assert.Equal(("expired", ConsumerErasure.ExportsErasedMessage), (JobRow(s, 1).State, JobRow(s, 1).Message));
    }
}
