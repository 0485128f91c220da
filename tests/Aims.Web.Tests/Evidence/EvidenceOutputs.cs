namespace Aims.Web.Tests.Evidence;

/// <summary>
/// Real outputs of the evidence engine, made once per test class: a biased prediction log, a drifted one, and the
/// fairness and drift documents computed from them by <c>aims evidence</c>.
/// </summary>
public sealed class EvidenceOutputs : IAsyncLifetime
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("aims-evidence-outputs-");

    public string ReferenceLog => Path.Combine(_dir.FullName, "predictions.csv");

    public string CurrentLog => Path.Combine(_dir.FullName, "current.csv");

    public string FairnessDocument => Path.Combine(_dir.FullName, "fairness.json");

    public string DriftDocument => Path.Combine(_dir.FullName, "drift.json");

    /// <summary>A fairness run whose verdicts differ: on sex one passes and one breaches; the smaller groupings cannot be judged.</summary>
    public string MixedFairnessDocument => Path.Combine(_dir.FullName, "fairness-mixed.json");

    public async ValueTask InitializeAsync()
    {
        await EvidenceRuns.RunAsync("generate", "--rows", "3000", "--format", "csv", "--bias", "0.8", "--seed", "1", "--out", ReferenceLog);
        await EvidenceRuns.RunAsync("generate", "--rows", "3000", "--format", "csv", "--drift", "0.3", "--seed", "2", "--out", CurrentLog);
        await EvidenceRuns.RunAsync("fairness", "--input", ReferenceLog, "--prediction", "prediction", "--label", "label",
            "--sensitive", "sex,age_band", "--out", FairnessDocument);
        await EvidenceRuns.RunAsync("fairness", "--input", ReferenceLog, "--prediction", "prediction", "--label", "label",
            "--sensitive", "sex,age_band", "--bootstrap", "0", "--min-group-size", "1000",
            "--threshold", "demographicParityRatio=0.1", "--threshold", "demographicParityDifference=0.01", "--out", MixedFairnessDocument);
        await EvidenceRuns.RunAsync("drift", "--reference", ReferenceLog, "--current", CurrentLog, "--exclude", "timestamp", "--out", DriftDocument);
    }

    public ValueTask DisposeAsync()
    {
        _dir.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
