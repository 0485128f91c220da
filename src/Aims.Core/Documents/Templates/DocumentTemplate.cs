namespace Aims.Core.Documents.Templates;

/// <summary>
/// A starter document, written by the OpenAIMS project in its own words (never text of a standard), that an
/// organization copies into a new draft and completes by filling its blanks (see <see cref="TemplateBlanks"/>).
/// </summary>
/// <param name="Id">Stable id, e.g. "ai-policy".</param>
/// <param name="Title">The title a new document starts with.</param>
/// <param name="Summary">One sentence on what the document is for, for the template picker.</param>
/// <param name="Type">The document type a new document from this template gets.</param>
/// <param name="Clauses">ISO/IEC 42001 clause ids the document serves, e.g. ["5.2"]; may be empty.</param>
/// <param name="Controls">Annex A control ids the document serves, e.g. ["A.2.2"]; may be empty.</param>
/// <param name="ReviewIntervalMonths">Suggested months between reviews; the organization may choose another.</param>
/// <param name="AuditorNote">What an auditor will look for in this document, shown beside the editor, not in the body.</param>
/// <param name="Body">The Markdown the draft starts with.</param>
public sealed record DocumentTemplate(
    string Id,
    string Title,
    string Summary,
    DocumentType Type,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<string> Controls,
    int ReviewIntervalMonths,
    string AuditorNote,
    string Body);
