namespace Aims.Core.Documents;

/// <summary>A clause or Annex A control the document serves (AI policy → 5.2 and A.2.2), by its catalog id.</summary>
public sealed class DocumentReference : DocumentPart
{
    public DocumentReferenceKind Kind { get; set; }

    /// <summary>The id exactly as the catalog spells it ("5.2", "A.2.2").</summary>
    public string Target { get; set; } = "";
}
