namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary>The value types an import field can have; each maps to one DuckDB staging type.</summary>
public enum FieldType
{
    Text,
    Integer,
    Double,
    Boolean,
    Date,
    Timestamp,
    /// <summary>Text restricted to a <see cref="Vocabulary"/>; stored as its canonical code.</summary>
    Enum,
}

internal static class FieldTypes
{
    public static string SqlType(this FieldType type) => type switch
    {
        FieldType.Integer => "INTEGER",
        FieldType.Double => "DOUBLE",
        FieldType.Boolean => "BOOLEAN",
        FieldType.Date => "DATE",
        FieldType.Timestamp => "TIMESTAMP",
        _ => "VARCHAR",
    };
}
