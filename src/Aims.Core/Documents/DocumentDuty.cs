namespace Aims.Core.Documents;

/// <summary>What a <see cref="DocumentParticipant"/> is named for.</summary>
public enum DocumentDuty
{
    /// <summary>May approve the document's versions (when a document names approvers, only they may).</summary>
    Approve,

    /// <summary>Is asked to acknowledge each version that comes into force (7.3 awareness, 7.4 communication).</summary>
    Acknowledge,
}
