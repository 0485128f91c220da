namespace Aims.Catalogs;

/// <summary>
/// A control objective of Annex A (A.2 … A.10, plus the sub-objectives A.6.1 and A.6.2).
/// </summary>
/// <param name="Id">The identifier, e.g. "A.6.2".</param>
/// <param name="Title">The short title.</param>
/// <param name="ParentId">The enclosing objective ("A.6" for "A.6.1"); <see langword="null"/> for a top-level one.</param>
/// <param name="Objective">What the group of controls is meant to achieve, in our own words.</param>
public sealed record ControlObjective(string Id, string Title, string? ParentId, string Objective);
