using Analytics.Engine.Store.Ingest.Mapping;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary>Picks the row schema for a kind; for <c>calls</c> the headers decide between intervals and records.</summary>
public static class SchemaCatalog
{
    public static KindSchema For(ImportKind kind, IReadOnlyList<string> headers, ColumnMap? map) => kind switch
    {
        ImportKind.Org => new OrgSchema(),
        ImportKind.Appeals => new AppealSchema(),
        ImportKind.Queue => new QueueSchema(),
        ImportKind.Calls => HasCallId(headers, map) ? new CallRecordSchema() : new CallIntervalSchema(),
        ImportKind.ControlCalls => new ControlCallSchema(),
        ImportKind.Plans => new PlanSchema(),
        ImportKind.Responses => new ResponseSchema(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Every schema, for documentation and tests.</summary>
    public static IReadOnlyList<KindSchema> All { get; } =
        [new OrgSchema(), new AppealSchema(), new QueueSchema(), new CallIntervalSchema(), new CallRecordSchema(),
         new ControlCallSchema(), new PlanSchema(), new ResponseSchema()];

    private static bool HasCallId(IReadOnlyList<string> headers, ColumnMap? map)
    {
        var aliases = CallRecordSchema.CallIdAliases.Select(Names.Normalize).ToHashSet();
        var mapped = map?.Columns.Where(p => string.Equals(p.Value, "call_id", StringComparison.OrdinalIgnoreCase))
            .Select(p => Names.Normalize(p.Key)).ToHashSet() ?? [];
        return headers.Select(Names.Normalize).Any(h => aliases.Contains(h) || mapped.Contains(h));
    }
}
