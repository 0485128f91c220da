namespace Aims.Core.Documents;

/// <summary>An AI system of the organization the document applies to (e.g. a system-specific procedure).</summary>
public sealed class DocumentSystemLink : DocumentPart
{
    public Guid AiSystemId { get; set; }
}
