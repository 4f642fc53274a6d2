using Analytics.Engine.Access;

namespace Analytics.Engine.Queries;

/// <summary>The filters a read-side query can honour; a page declares the ones its data can be cut by.</summary>
[Flags]
public enum FilterFields
{
    None = 0,
    Period = 1,
    Branch = 2,
    Office = 4,
    Channel = 8,
    ConsumerType = 16,
    All = Period | Branch | Office | Channel | ConsumerType,
}

/// <summary>
/// The cut a read-side query is asked for (the Dashboard's filter without its address handling): period (inclusive,
/// null = the query's default), branch, office, channel, consumer type. The branch a user may see is applied by
/// <see cref="Within"/>, from the query's <see cref="BranchScope"/>.
/// </summary>
public sealed record QueryFilter(DateOnly? From = null, DateOnly? To = null, string? Branch = null, string? Office = null,
    string? Channel = null, string? ConsumerType = null)
{
    /// <summary>The filter as this user may apply it: a branch-held user's branch replaces whatever was asked for.</summary>
    public QueryFilter Within(BranchScope scope) => this with { Branch = scope.Narrow(Branch) };

    /// <summary>Keeps only the fields a query honours.</summary>
    public QueryFilter Only(FilterFields fields) => new(
        fields.HasFlag(FilterFields.Period) ? From : null, fields.HasFlag(FilterFields.Period) ? To : null,
        fields.HasFlag(FilterFields.Branch) ? Branch : null, fields.HasFlag(FilterFields.Office) ? Office : null,
        fields.HasFlag(FilterFields.Channel) ? Channel : null, fields.HasFlag(FilterFields.ConsumerType) ? ConsumerType : null);
}
