namespace Aims.Core.Readiness;

/// <summary>One reason behind a status, with where to look or act (a record, or the page where it is made).</summary>
public sealed record ReadinessReason(string Text, string? Href);
