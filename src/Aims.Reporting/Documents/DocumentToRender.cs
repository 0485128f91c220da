namespace Aims.Reporting.Documents;

/// <summary>
/// What a rendered document shows: its title, the control block the caller assembles (title, version, status, approvers
/// and dates, SHA-256, classification, next review… in the caller's order and wording), and the body as Markdown.
/// <see cref="VersionLabel"/> appears with the title in every page footer, e.g. "Version 3, published 2026-03-01".
/// </summary>
public sealed record DocumentToRender
{
    public DocumentToRender(string title, string versionLabel, IReadOnlyList<ControlBlockEntry> controlBlock, string markdown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(versionLabel);
        ArgumentNullException.ThrowIfNull(controlBlock);
        ArgumentNullException.ThrowIfNull(markdown);
        if (controlBlock.Any(e => e is null))
        {
            throw new ArgumentException("The control block holds an empty entry.", nameof(controlBlock));
        }

        Title = title;
        VersionLabel = versionLabel;
        ControlBlock = controlBlock;
        Markdown = markdown;
    }

    public string Title { get; }

    public string VersionLabel { get; }

    public IReadOnlyList<ControlBlockEntry> ControlBlock { get; }

    /// <summary>The body, CommonMark with the advanced extensions (GFM tables, task lists…); raw HTML is shown as text.</summary>
    public string Markdown { get; }

    /// <summary>The footer's left part: the title and the version label.</summary>
    internal string FooterText => VersionLabel.Length == 0 ? Title : Title + " · " + VersionLabel;
}
