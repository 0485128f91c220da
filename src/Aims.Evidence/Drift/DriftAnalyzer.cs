using System.Runtime.ExceptionServices;
using Aims.Evidence.Drift.Internal;

namespace Aims.Evidence.Drift;

/// <summary>
/// Evidently v0.7.21-compatible data drift over in-memory columns (column type inference, default test matrix,
/// thresholds and comparison operators, Sturges binning and zero filling, dataset share ≥ drift share), plus PSI on
/// reference-quantile bins, KL and Hellinger as extra metrics. See docs/evidence-drift.md for the exact semantics.
/// </summary>
public static class DriftAnalyzer
{
    /// <summary>The reference behaviour this analyzer mirrors.</summary>
    public const string Convention = "evidently-0.7.21";

    /// <summary>
    /// Compares each reference column with the current column of the same name (ordinal), in reference order.
    /// A reference column without a current counterpart, duplicate names, invalid options or an override method
    /// that does not apply to a column's kind raise <see cref="ArgumentException"/>.
    /// </summary>
    public static DriftReport Analyze(
        IReadOnlyList<DriftColumnData> reference,
        IReadOnlyList<DriftColumnData> current,
        DriftOptions options,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        var currentByName = new Dictionary<string, DriftColumnData>(StringComparer.Ordinal);
        foreach (DriftColumnData column in current)
        {
            if (!currentByName.TryAdd(column.Name, column))
            {
                throw new ArgumentException($"Duplicate column '{column.Name}' in the current dataset.", nameof(current));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new (DriftColumnData Ref, DriftColumnData Cur)[reference.Count];
        for (int i = 0; i < reference.Count; i++)
        {
            DriftColumnData r = reference[i];
            if (!seen.Add(r.Name))
            {
                throw new ArgumentException($"Duplicate column '{r.Name}' in the reference dataset.", nameof(reference));
            }

            if (!currentByName.TryGetValue(r.Name, out DriftColumnData? c))
            {
                throw new ArgumentException($"Column '{r.Name}' is missing from the current dataset.", nameof(current));
            }

            pairs[i] = (r, c);
        }

        var results = new DriftColumnResult[pairs.Length];
        var parallel = new ParallelOptions
        {
            CancellationToken = ct,
            MaxDegreeOfParallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount,
        };

        // Columns are independent; each worker prepares (clean + sort once) and evaluates one column at a time,
        // so peak extra memory is about two sorted copies per worker.
        try
        {
            Parallel.For(0, pairs.Length, parallel, i =>
            {
                PreparedColumn prepared = ColumnPreparer.Prepare(pairs[i].Ref, pairs[i].Cur, out string? skip);
                try
                {
                    results[i] = ColumnDriftEvaluator.Evaluate(prepared, skip, options);
                }
                finally
                {
                    ColumnPreparer.Release(prepared);
                }
            });
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions is [ArgumentException inner, ..])
        {
            // Surface the configuration error itself, not the parallel wrapper.
            ExceptionDispatchInfo.Throw(inner);
        }

        int tested = 0;
        int drifted = 0;
        foreach (DriftColumnResult result in results)
        {
            if (result.Skipped is null)
            {
                tested++;
                if (result.Drifted)
                {
                    drifted++;
                }
            }
        }

        double share = tested == 0 ? 0.0 : (double)drifted / tested;
        return new DriftReport(Convention, results, tested, drifted, share, options.DriftShare, tested > 0 && share >= options.DriftShare);
    }

    private static void Validate(DriftOptions options)
    {
        if (!(options.DriftShare >= 0 && options.DriftShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.DriftShare, "DriftShare must be within [0, 1].");
        }

        if (options.PsiBins < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PsiBins, "PsiBins must be at least 2.");
        }

        if (!(options.PsiEpsilon > 0 && options.PsiEpsilon < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PsiEpsilon, "PsiEpsilon must be within (0, 1).");
        }

        CheckThreshold(options.Global, "Global");
        CheckThreshold(options.NumericalOverride, "NumericalOverride");
        CheckThreshold(options.CategoricalOverride, "CategoricalOverride");
        if (options.PerColumn is not null)
        {
            foreach (KeyValuePair<string, DriftColumnOverride> entry in options.PerColumn)
            {
                CheckThreshold(entry.Value, $"PerColumn['{entry.Key}']");
            }
        }
    }

    private static void CheckThreshold(DriftColumnOverride? o, string where)
    {
        if (o?.Threshold is { } t && !double.IsFinite(t))
        {
            throw new ArgumentOutOfRangeException(nameof(o), t, $"{where} threshold must be a finite number.");
        }
    }
}
