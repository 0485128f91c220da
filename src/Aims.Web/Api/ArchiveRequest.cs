namespace Aims.Web.Api;

/// <summary>Body of the archive call: why the system leaves the active register.</summary>
public sealed record ArchiveRequest(string? Reason);
