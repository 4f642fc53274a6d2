using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Store;

/// <summary>Where the analytic store lives. Bound from the <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>Path of the DuckDB file; relative paths resolve against the working directory.</summary>
    [Required]
    public string Path { get; set; } = "data/analytics.duckdb";

    /// <summary>Memory DuckDB may use, e.g. <c>4GB</c>; empty leaves DuckDB's default (80 % of RAM).</summary>
    public string? MemoryLimit { get; set; }

    /// <summary>Worker threads for DuckDB; 0 leaves DuckDB's default (one per core).</summary>
    [Range(0, 256)]
    public int Threads { get; set; }
}
