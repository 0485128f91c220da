using Aims.Core.Access;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests;

/// <summary>The permission table in docs/security.md is what auditors read; it must say exactly what the code enforces.</summary>
public sealed class PermissionMatrixDocumentationTests
{
    [Fact]
    public void Security_doc_table_matches_the_permission_matrix()
    {
        var lines = RepositoryFiles.Read("docs/security.md").Split('\n');
        var header = lines.Single(l => l.StartsWith("| permission |", StringComparison.Ordinal));
        var roles = header.Split('|', StringSplitOptions.TrimEntries).Skip(2).Where(c => c.Length > 0)
            .Select(Enum.Parse<Role>).ToList();
        Assert.Equal(Enum.GetValues<Role>().Length, roles.Count);
        var rows = lines.Where(l => Permissions.All.Any(p => l.StartsWith($"| {p} |", StringComparison.Ordinal))).ToList();
        Assert.Equal(Permissions.All.Count, rows.Count);
        foreach (var row in rows)
        {
            var cells = row.Split('|').Skip(1).Select(c => c.Trim()).ToList();
            var permission = cells[0];
            for (var i = 0; i < roles.Count; i++)
            {
                var documented = cells[i + 1] == "✓";
                Assert.True(documented == PermissionMatrix.Allows(roles[i], permission),
                    $"docs/security.md says {roles[i]} {(documented ? "has" : "lacks")} {permission}; the code disagrees");
            }
        }
    }
}
