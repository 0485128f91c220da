using System.Reflection;

namespace Aims.Evidence;

/// <summary>Identity of this engine as stamped into every evidence document.</summary>
public static class EngineInfo
{
    /// <summary>Engine name written to <c>engine.name</c>.</summary>
    public const string Name = "openaims-evidence";

    /// <summary>Document schema identifier; bumped only on breaking changes to field names or meanings.</summary>
    public const string Schema = "openaims.evidence/1";

    /// <summary>Assembly informational version (e.g. "0.1.0+sha"), falling back to the assembly version.</summary>
    public static string Version { get; } =
        typeof(EngineInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(EngineInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
