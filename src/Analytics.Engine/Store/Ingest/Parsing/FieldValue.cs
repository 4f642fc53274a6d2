using Analytics.Engine.Store.Ingest.Schemas;

namespace Analytics.Engine.Store.Ingest.Parsing;

/// <summary>
/// A parsed cell, kept unboxed so a row buffer can be reused for every row (one allocation per text value only).
/// </summary>
public struct FieldValue
{
    public FieldType Type;
    public bool IsNull;
    public long Integer;
    public double Double;
    public DateTime Time;
    public string? Text;

    public static FieldValue Null(FieldType type) => new() { Type = type, IsNull = true };
    public static FieldValue Of(string text) => new() { Type = FieldType.Text, Text = text };
    public static FieldValue Of(long value) => new() { Type = FieldType.Integer, Integer = value };
    public static FieldValue Of(double value) => new() { Type = FieldType.Double, Double = value };
    public static FieldValue Of(bool value) => new() { Type = FieldType.Boolean, Integer = value ? 1 : 0 };
    public static FieldValue OfTime(DateTime value, FieldType type = FieldType.Timestamp) => new() { Type = type, Time = value };

    public readonly bool Boolean => Integer != 0;

    /// <summary>Invariant text of the value (for ids, hashes and messages).</summary>
    public readonly override string ToString() => IsNull ? "" : Type switch
    {
        FieldType.Integer => Integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Double => Double.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Boolean => Boolean ? "true" : "false",
        FieldType.Date => Time.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Timestamp => Time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
        _ => Text ?? "",
    };
}
