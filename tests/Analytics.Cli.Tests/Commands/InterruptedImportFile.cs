using System.Text;

namespace Analytics.Cli.Tests.Commands;

/// <summary>
/// The 1M-row appeals file of the interrupt tests, written as bytes straight to the file (no string per line), and its
/// known composition: every 500th line repeats the line before (a duplicate), every 700th line (offset 350) has a date
/// that is no date (rejected). The two never meet — a duplicate line is ≡ 0 (mod 100), a rejected one ≡ 50, the line
/// before a duplicate ≡ 99 — so the counts of any prefix of the file follow from its length alone.
/// </summary>
internal static class InterruptedImportFile
{
    /// <summary>Rows read, stored, duplicates and rejected.</summary>
    public readonly record struct Counts(long Read, long Stored, long Duplicates, long Rejected);

    private const string Header = "Рег. номер,Код офиса,Тип потребителя,Канал,Вид обращения,Дата поступления,Тема\n";

    /// <summary>What importing the first <paramref name="lines"/> data lines of the file gives.</summary>
    public static Counts Of(long lines)
    {
        var duplicates = lines / 500;
        var rejected = (lines + 350) / 700;
        return new Counts(lines, lines - duplicates - rejected, duplicates, rejected);
    }

    public static bool IsDuplicate(long line) => line % 500 == 0;

    public static bool IsRejected(long line) => line % 700 == 350;

    /// <summary>Writes <paramref name="rows"/> data lines with register numbers <c>{prefix}-0000001</c>… to <paramref name="path"/>.</summary>
    public static void Write(string path, int rows, string prefix)
    {
        var key = Encoding.UTF8.GetBytes(prefix + "-");
        var good = Encoding.UTF8.GetBytes(",OF1,ФЛ,Телефон,Жалоба,01.02.2025 10:00,Счёт\n");
        var bad = Encoding.UTF8.GetBytes(",OF1,ФЛ,Телефон,Жалоба,31.02.2025 10:00,Счёт\n");
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        file.Write(Encoding.UTF8.GetBytes(Header));
        Span<byte> line = stackalloc byte[256];
        key.CopyTo(line);
        for (var i = 1; i <= rows; i++)
        {
            var no = IsDuplicate(i) ? i - 1 : i;
            no.TryFormat(line[key.Length..], out var digits, "D7");
            var rest = IsRejected(i) ? bad : good;
            rest.CopyTo(line[(key.Length + digits)..]);
            file.Write(line[..(key.Length + digits + rest.Length)]);
        }
    }
}
