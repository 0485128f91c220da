using Aims.Core.Access;

namespace Aims.Core.Documents;

/// <summary>
/// A person or an access role named for a duty on the document: approving its versions or acknowledging them.
/// Exactly one of <see cref="UserId"/> and <see cref="Role"/> is set. A role stands for whoever holds it at the time
/// (who must acknowledge is computed from the current members).
/// </summary>
public sealed class DocumentParticipant : DocumentPart
{
    public DocumentDuty Duty { get; set; }
    public Guid? UserId { get; set; }
    public Role? Role { get; set; }
}
