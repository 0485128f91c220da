using Aims.Cli;

namespace Aims.Web.Tests.Evidence;

/// <summary>Runs <c>aims evidence …</c> in-process, as a user would on their own machine before uploading the result.</summary>
public static class EvidenceRuns
{
    public static async Task RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AimsCli.RunEvidenceAsync(["evidence", .. args], output, error, TestContext.Current.CancellationToken);
        Assert.True(code == 0, $"aims evidence {string.Join(' ', args)} exited with {code}: {error}");
    }
}
