namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary>
/// One column of an import kind: the store column it fills, its type, whether a value is required,
/// and the header names (Russian and English) that map to it by default.
/// </summary>
public sealed record FieldSpec(string Column, FieldType Type, bool Required, string[] Aliases)
{
    /// <summary>For <see cref="FieldType.Enum"/>: the allowed codes and their spellings.</summary>
    public Vocabulary? Vocabulary { get; init; }

    /// <summary>The header may be absent; an empty value then takes <see cref="Default"/>.</summary>
    public bool ColumnOptional { get; init; }

    /// <summary>Value used when the cell is empty (a canonical code or a literal, parsed like input).</summary>
    public string? Default { get; init; }

    /// <summary>True for office codes that must exist in org_unit once the organisation is loaded.</summary>
    public bool IsOfficeCode { get; init; }

    /// <summary>Read from the file for a child table or a check, but not a column of the kind's table.</summary>
    public bool NotStored { get; init; }

    /// <summary>
    /// SQL applied to the staged value (as <c>{0}</c>) before duplicate checks and insert, e.g. resolving a code to an id.
    /// </summary>
    public string? SqlExpression { get; init; }

    /// <summary>A short English description for the format docs.</summary>
    public string Description { get; init; } = "";

    public static FieldSpec Req(string column, FieldType type, params string[] aliases) => new(column, type, true, aliases);

    public static FieldSpec Opt(string column, FieldType type, params string[] aliases) => new(column, type, false, aliases) { ColumnOptional = true };
}
