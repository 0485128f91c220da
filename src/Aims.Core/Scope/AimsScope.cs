using Aims.Core.AiSystems;
using Aims.Core.Registers;

namespace Aims.Core.Scope;

/// <summary>
/// The AIMS scope as it is being worked on (clause 4.3): one per organization. It becomes the scope in force only
/// through its controlled document: a version is built from it as a snapshot, reviewed, approved and published, and
/// <c>GET /scope</c> answers that published version. Lists are kept one entry per line; exclusions as JSON.
/// </summary>
public sealed class AimsScope : RegisterRecord
{
    public string? Summary { get; set; }
    public string Units { get; set; } = "";
    public string Locations { get; set; } = "";
    public string Activities { get; set; } = "";

    /// <summary>The lifecycle stages covered, their API names separated by commas.</summary>
    public string LifecycleStages { get; set; } = "";

    /// <summary>JSON array of <see cref="ScopeExclusion"/>.</summary>
    public string Exclusions { get; set; } = "[]";

    public string? Interfaces { get; set; }

    /// <summary>The scope's controlled document, created with the first version prepared for approval.</summary>
    public Guid? DocumentId { get; set; }
}

/// <summary>Something left out of the AIMS, with why (an exclusion without a justification is a common finding).</summary>
public sealed record ScopeExclusion(string? What, string? Justification);

public sealed record AimsScopeInput
{
    public string? Summary { get; init; }
    public IReadOnlyList<Guid>? AiSystemIds { get; init; }
    public IReadOnlyList<string>? Units { get; init; }
    public IReadOnlyList<string>? Locations { get; init; }
    public IReadOnlyList<string>? Activities { get; init; }
    public IReadOnlyList<LifecycleStage>? LifecycleStages { get; init; }
    public IReadOnlyList<ScopeExclusion>? Exclusions { get; init; }
    public string? Interfaces { get; init; }
}

/// <summary>The scope's content as a version freezes it and <c>GET /scope</c> answers it.</summary>
public sealed record ScopeContent(
    string? Summary, IReadOnlyList<Guid> AiSystemIds, IReadOnlyList<string> AiSystemNames, IReadOnlyList<string> Units,
    IReadOnlyList<string> Locations, IReadOnlyList<string> Activities, IReadOnlyList<LifecycleStage> LifecycleStages,
    IReadOnlyList<ScopeExclusion> Exclusions, string? Interfaces);

/// <summary>The working copy, with where its document stands and how it differs from the published scope.</summary>
public sealed record AimsScopeView(
    Guid Id, ScopeContent Content, Guid? DocumentId, int? PublishedVersion, DateTimeOffset? PublishedAt,
    bool ChangedSincePublished, IReadOnlyList<string> Differences, DateTimeOffset UpdatedAt, string UpdatedBy, long Version);

/// <summary>The scope in force: its content and the document version that carries it.</summary>
public sealed record PublishedScopeView(
    Guid DocumentId, int Version, DateTimeOffset? PublishedAt, string Sha256, string? Summary, IReadOnlyList<Guid> AiSystemIds,
    IReadOnlyList<string> AiSystemNames, IReadOnlyList<string> Units, IReadOnlyList<string> Locations, IReadOnlyList<string> Activities,
    IReadOnlyList<LifecycleStage> LifecycleStages, IReadOnlyList<ScopeExclusion> Exclusions, string? Interfaces);
