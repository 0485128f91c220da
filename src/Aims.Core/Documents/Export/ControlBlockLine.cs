namespace Aims.Core.Documents.Export;

/// <summary>One line of a rendered document's control block, e.g. ("SHA-256", "9f2c…"); a value may span lines.</summary>
public sealed record ControlBlockLine(string Label, string Value);
