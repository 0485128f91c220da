namespace Aims.Core.Evidence;

/// <summary>What an evidence item holds. The API spells the values in camelCase ("computedResult").</summary>
public enum EvidenceKind
{
    /// <summary>An uploaded file (its versions are kept: a new file supersedes the previous one).</summary>
    File,

    /// <summary>A web address where the evidence lives (a ticket, a dashboard, a repository).</summary>
    Link,

    /// <summary>An uploaded <c>aims evidence fairness|drift</c> document, recognised and summarised on upload.</summary>
    ComputedResult,

    /// <summary>A record of this system (an AI system, a document) that is itself the evidence.</summary>
    RecordReference,
}
