namespace Aims.Core.Evidence.Files;

/// <summary>One headline number of a computed evidence document.</summary>
/// <param name="Name">The metric as the document names it, e.g. "demographicParityRatio", "driftShare", "wasserstein".</param>
/// <param name="Scope">What it was measured over: "overall", "dataset", a grouping ("sex", "sex &amp; age_band") or a column.</param>
/// <param name="Value">The value when it is a finite number; null when the document records NaN, an infinity or nothing.</param>
/// <param name="Text">The value exactly as the document writes it ("0.6451…", "NaN", "Infinity", "null"), for display.</param>
/// <param name="Flagged">For a drift column, whether its test found drift; null where the document judges no single value.</param>
/// <param name="Note">Why a value is missing (a drift column the engine skipped), else null.</param>
public sealed record ComputedMetric(string Name, string Scope, double? Value, string Text, bool? Flagged = null, string? Note = null);
