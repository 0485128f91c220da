using Aims.Core.Access;

namespace Aims.Core.Documents.Input;

/// <summary>Who must acknowledge each published version: named members and/or everyone holding a role. A field left out keeps its value.</summary>
public sealed record DocumentAudienceInput
{
    public IReadOnlyList<Guid>? People { get; init; }
    public IReadOnlyList<Role>? Roles { get; init; }
}
