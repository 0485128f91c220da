namespace Aims.Core.Documents.Templates;

/// <summary>A choice the organization has not made yet, written in a body as <c>[[to decide: prompt]]</c>.</summary>
/// <param name="Prompt">What has to be decided, e.g. "review interval"; empty when the marker holds no prompt.</param>
/// <param name="Line">1-based line of the marker's first character (CRLF, CR and LF each end a line).</param>
/// <param name="Column">1-based column of the marker's first character, in UTF-16 code units like the editor's.</param>
/// <param name="Index">0-based offset of the marker in the body.</param>
/// <param name="Length">Length of the whole marker, brackets included, so an editor can select it.</param>
public sealed record TemplateBlank(string Prompt, int Line, int Column, int Index, int Length);
