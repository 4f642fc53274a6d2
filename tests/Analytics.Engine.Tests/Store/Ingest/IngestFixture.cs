using System.Text;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Store.Ingest;

/// <summary>Shared helpers: write a sample file into the test's folder, import it, count rows.</summary>
internal static class IngestFixture
{
    public const string AppealHeader = "Рег. номер,Код офиса,Тип потребителя,Канал,Вид обращения,Дата поступления,Тема";

    public static string Appeal(string no, string date = "01.02.2025 10:00", string kind = "Жалоба") =>
        $"{no},OF1,Физическое лицо,Телефон,{kind},{date},Счёт";

    public static string Write(this TempStore temp, string name, string content, Encoding? encoding = null)
    {
        var path = temp.File(name);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public static ImportSummary Import(this TempStore temp, ImportKind kind, string path, ImportOptions? options = null) =>
        new ImportService(temp.Store).Import(kind, path, options);

    public static long Count(this TempStore temp, string sql)
    {
        using var connection = temp.Store.Open();
        return connection.ExecuteScalar<long>(sql);
    }

    public static string? Scalar(this TempStore temp, string sql)
    {
        using var connection = temp.Store.Open();
        return connection.ExecuteScalar<string?>(sql);
    }

    public static void AssertConserved(ImportSummary s) => Assert.Equal(s.Read, s.Stored + s.Duplicates + s.Rejected);
}
