namespace Aims.Catalogs;

/// <summary>An Annex C entry: a potential AI-related organizational objective (C.2.x) or a risk source (C.3.x).</summary>
/// <param name="Id">The identifier, e.g. "C.3.4".</param>
/// <param name="Title">The short name.</param>
/// <param name="Description">One line in our own words.</param>
public sealed record AnnexCEntry(string Id, string Title, string Description);
