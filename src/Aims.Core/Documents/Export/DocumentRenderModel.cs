namespace Aims.Core.Documents.Export;

/// <summary>
/// Everything a PDF or DOCX of one version shows: the title, the footer's version label, the control block (title,
/// version, status, approvers and dates, SHA-256, classification, next review…) and the Markdown body.
/// <see cref="FileStem"/> names the download ("ai-policy-v3").
/// </summary>
public sealed record DocumentRenderModel(string Title, string VersionLabel, IReadOnlyList<ControlBlockLine> ControlBlock,
    string Body, string FileStem);
