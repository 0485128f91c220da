namespace Aims.Evidence.Documents;

/// <summary>A reference library whose semantics a document reproduces.</summary>
/// <param name="Library">"fairlearn", "aif360", "aequitas" or "evidently".</param>
/// <param name="Version">Version mirrored, e.g. "0.12.0".</param>
/// <param name="Scope">Which results follow it.</param>
public sealed record ReferenceConvention(string Library, string Version, string Scope);
