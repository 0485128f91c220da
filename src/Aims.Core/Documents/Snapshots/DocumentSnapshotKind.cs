namespace Aims.Core.Documents.Snapshots;

/// <summary>
/// What a structured snapshot version is built from. Each kind has its own JSON schema and its own reading (a table),
/// and records the rows it was built from so the document can say when they changed after approval. Later registers
/// (the AIMS scope, the Statement of Applicability, the risk treatment plan) add their kinds here.
/// </summary>
public enum DocumentSnapshotKind
{
    /// <summary>Every active AI system of the organization: the inventory auditors sample from.</summary>
    AiSystemInventory,

    /// <summary>The AIMS scope as the scope register holds it (clause 4.3).</summary>
    AimsScope,
}
