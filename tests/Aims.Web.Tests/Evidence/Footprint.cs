namespace Aims.Web.Tests.Evidence;

/// <summary>Counts of what the evidence library holds; equal before and after a refused request means nothing was stored.</summary>
public sealed record Footprint(int Items, int Files, int Links, int LedgerEntries, int StoredFiles, int PartialUploads);
