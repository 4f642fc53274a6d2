using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>
/// One group of demo tables. Generators run in order inside one transaction; a later one may read what an earlier
/// one wrote (control calls sample the complaints). Survey and audit generators plug in here.
/// </summary>
public interface IDemoTableGenerator
{
    /// <summary>Short name for progress messages.</summary>
    string Name { get; }

    /// <summary>Tables this generator fills; cleared before a replacing run.</summary>
    IReadOnlyList<string> Tables { get; }

    /// <summary>Writes the rows and returns the count per table.</summary>
    IReadOnlyDictionary<string, long> Generate(DemoContext context, DuckDBConnection connection, CancellationToken ct);
}
