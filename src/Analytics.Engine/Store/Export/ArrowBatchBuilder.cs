using System.Data;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Analytics.Engine.Store.Export;

/// <summary>Builds Arrow record batches from a data reader: integers, doubles, booleans, dates, timestamps; text otherwise.</summary>
internal sealed class ArrowBatchBuilder
{
    private readonly IDataReader _reader;
    private readonly Type[] _types;

    public ArrowBatchBuilder(IDataReader reader)
    {
        _reader = reader;
        _types = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetFieldType)];
        var fields = Enumerable.Range(0, reader.FieldCount).Select(i => new Field(reader.GetName(i), ArrowType(_types[i]), nullable: true));
        Schema = new Schema(fields, null);
    }

    public Schema Schema { get; }

    public RecordBatch? Next(int maxRows)
    {
        var columns = _types.Select(NewColumn).ToArray();
        var rows = 0;
        while (rows < maxRows && _reader.Read())
        {
            for (var c = 0; c < columns.Length; c++) columns[c].Add(_reader.IsDBNull(c) ? null : _reader.GetValue(c));
            rows++;
        }
        return rows == 0 ? null : new RecordBatch(Schema, columns.Select(c => c.Build()), rows);
    }

    private static IArrowType ArrowType(Type type) =>
        type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte) ? Int64Type.Default
        : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? DoubleType.Default
        : type == typeof(bool) ? BooleanType.Default
        : type == typeof(DateOnly) ? Date32Type.Default
        : type == typeof(DateTime) ? new TimestampType(TimeUnit.Microsecond, (string?)null)
        : StringType.Default;

    private static IColumn NewColumn(Type type) => ArrowType(type) switch
    {
        Int64Type => new Column<Int64Array.Builder>(new(), (b, v) => { if (v is null) b.AppendNull(); else b.Append(Convert.ToInt64(v)); }, b => b.Build()),
        DoubleType => new Column<DoubleArray.Builder>(new(), (b, v) => { if (v is null) b.AppendNull(); else b.Append(Convert.ToDouble(v)); }, b => b.Build()),
        BooleanType => new Column<BooleanArray.Builder>(new(), (b, v) => { if (v is null) b.AppendNull(); else b.Append((bool)v); }, b => b.Build()),
        Date32Type => new Column<Date32Array.Builder>(new(), (b, v) => { if (v is null) b.AppendNull(); else b.Append((DateOnly)v); }, b => b.Build()),
        TimestampType t => new Column<TimestampArray.Builder>(new(t), (b, v) => { if (v is null) b.AppendNull(); else b.Append(new DateTimeOffset(DateTime.SpecifyKind((DateTime)v, DateTimeKind.Utc))); }, b => b.Build()),
        _ => new Column<StringArray.Builder>(new(), (b, v) => { if (v is null) b.AppendNull(); else b.Append(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)); }, b => b.Build()),
    };

    private interface IColumn
    {
        void Add(object? value);
        IArrowArray Build();
    }

    private sealed class Column<TBuilder>(TBuilder builder, Action<TBuilder, object?> add, Func<TBuilder, IArrowArray> build) : IColumn
    {
        public void Add(object? value) => add(builder, value);
        public IArrowArray Build() => build(builder);
    }
}
