namespace Analytics.Engine.Forms;

/// <summary>Lifecycle of a definition: edited as a draft, published as immutable versions, archived.</summary>
public enum FormStatus { Draft, Published, Archived }

/// <summary>One row of the designer's list.</summary>
public sealed record FormSummary(
    string Id, string Code, FormKind Kind, string TitleRu, string? TitleEn, FormStatus Status,
    string? Template, int? LatestVersion, DateTime UpdatedAt);

/// <summary>A published, immutable version of a definition.</summary>
public sealed record PublishedForm(string DefinitionId, int Version, FormDefinition Definition, DateTime PublishedAt);

/// <summary>The result of a publish attempt: the new version, or the validator's findings that blocked it.</summary>
public sealed record PublishResult(int? Version, IReadOnlyList<FormIssue> Issues)
{
    public bool Published => Version is not null;
}

/// <summary>A definition operation that cannot be done (unknown id, duplicate code, archived form…).</summary>
public sealed class FormException(string message) : Exception(message);
