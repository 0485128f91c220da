using System.Reflection;

namespace Aims.Web.Tests;

/// <summary>
/// The dependency rule of ARCHITECTURE.md §3, checked on the compiled assemblies: Catalogs and Evidence depend on
/// nothing of ours; Core only on Catalogs/Evidence; Reporting at most on Core (and what Core brings); persistence only on
/// Core; the CLI never on the web host.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Aims.Catalogs"] = [],
        ["Aims.Evidence"] = [],
        ["Aims.Core"] = ["Aims.Catalogs", "Aims.Evidence"],
        ["Aims.Reporting"] = ["Aims.Core", "Aims.Catalogs", "Aims.Evidence"],
        ["Aims.Persistence.Sqlite"] = ["Aims.Core"],
        ["Aims.Persistence.Postgres"] = ["Aims.Core"],
        ["Aims.Web"] = ["Aims.Core", "Aims.Catalogs", "Aims.Evidence", "Aims.Reporting", "Aims.Persistence.Sqlite", "Aims.Persistence.Postgres"],
        ["aims"] = ["Aims.Core", "Aims.Catalogs", "Aims.Evidence", "Aims.Reporting", "Aims.Persistence.Sqlite", "Aims.Persistence.Postgres"],
    };

    public static TheoryData<string> Assemblies => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Project_references_follow_the_dependency_rule(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        Assert.True(File.Exists(path), $"{path} not found next to the tests");
        var references = AssemblyName.GetAssemblyName(path) is { } _
            ? Assembly.LoadFrom(path).GetReferencedAssemblies().Select(a => a.Name!)
                .Where(n => n.StartsWith("Aims.", StringComparison.Ordinal) || n == "aims").ToList()
            : [];
        var forbidden = references.Except(Allowed[assemblyName]).ToList();
        Assert.True(forbidden.Count == 0, $"{assemblyName} must not reference {string.Join(", ", forbidden)}");
    }
}
