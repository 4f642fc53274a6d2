using Analytics.Engine.Demo;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Demo;

/// <summary>One demo store at scale 0.1 (about 10 000 appeals) shared by the read-only checks of a test class.</summary>
public sealed class DemoStoreFixture : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    public DemoStoreFixture()
    {
        Temp = new TempStore();
        Summary = new DemoGenerator().Generate(Temp.Store, new DemoOptions { Scale = 0.1, Seed = 7, Today = Today });
    }

    public TempStore Temp { get; }

    public DemoSummary Summary { get; }

    public T Scalar<T>(string sql)
    {
        using var connection = Temp.Store.Open();
        return connection.ExecuteScalar<T>(sql)!;
    }

    public List<T> Query<T>(string sql)
    {
        using var connection = Temp.Store.Open();
        return connection.Query<T>(sql).ToList();
    }

    public void Dispose() => Temp.Dispose();
}
