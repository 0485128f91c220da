namespace Aims.Web.Components.Evidence;

/// <summary>The file picked in a file input, as the browser reports it (before anything is sent).</summary>
public sealed record ChosenFile(string Name, long Size);
