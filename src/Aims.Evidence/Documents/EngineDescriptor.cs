namespace Aims.Evidence.Documents;

/// <summary>Engine identity stamped into a document.</summary>
/// <param name="Name">Engine name.</param>
/// <param name="Version">Engine version.</param>
public sealed record EngineDescriptor(string Name, string Version);
