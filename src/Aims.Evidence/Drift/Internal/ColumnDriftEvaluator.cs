namespace Aims.Evidence.Drift.Internal;

/// <summary>Chooses the test for a prepared column, computes it and the extra metrics, and builds the result record.</summary>
internal static class ColumnDriftEvaluator
{
    /// <summary>Evidently's switch from small-sample tests to distances: n_ref &gt; 1000.</summary>
    private const long LargeReference = 1000;

    public static DriftColumnResult Evaluate(PreparedColumn column, string? skipReason, DriftOptions options)
    {
        DriftColumnOverride? perColumn = null;
        options.PerColumn?.TryGetValue(column.Name, out perColumn);
        DriftColumnOverride? perKind = column.Kind == DriftColumnKind.Numerical ? options.NumericalOverride : options.CategoricalOverride;

        (DriftMethod method, string methodSource) = perColumn?.Method is { } m1 ? (m1, "column")
            : perKind?.Method is { } m2 ? (m2, "kind")
            : options.Global?.Method is { } m3 ? (m3, "global")
            : (DefaultMethod(column), "default");
        (double threshold, string thresholdSource) = perColumn?.Threshold is { } t1 ? (t1, "column")
            : perKind?.Threshold is { } t2 ? (t2, "kind")
            : options.Global?.Threshold is { } t3 ? (t3, "global")
            : (DriftMethods.DefaultThreshold(method), "default");

        if (skipReason is not null)
        {
            return Result(column, method, methodSource, threshold, thresholdSource, null, false, null, skipReason, null);
        }

        if (methodSource != "default" && !DriftMethods.AppliesTo(method, column.Kind))
        {
            // Evidently raises StatTestInvalidFeatureTypeError for such an override (its own default may pick chi-square for a
            // numerical column with few values); a configuration error should stop the run.
            throw new ArgumentException(
                $"Drift method '{DriftMethods.Name(method)}' is not applicable to {column.Kind} column '{column.Name}'.",
                nameof(options));
        }

        double statistic = Compute(method, column, options, out string? detail);
        bool finite = double.IsFinite(statistic);
        bool drifted = finite && DriftMethods.IsDrift(method, statistic, threshold);
        if (!finite)
        {
            detail = detail is null ? "statistic undefined" : detail + "; statistic undefined";
        }

        DriftExtraMetrics? extra = options.ComputeExtraMetrics ? Extra(column, options) : null;
        return Result(column, method, methodSource, threshold, thresholdSource, finite ? statistic : null, drifted, detail, null, extra);
    }

    /// <summary>Evidently <c>_get_default_stattest</c>.</summary>
    internal static DriftMethod DefaultMethod(PreparedColumn column)
    {
        int nValues = column.UnionUnique;
        if (column.NRef <= LargeReference)
        {
            if (column.Kind == DriftColumnKind.Numerical && nValues > NumberUniqueAsCategorical)
            {
                return DriftMethod.KolmogorovSmirnov;
            }

            return nValues > 2 ? DriftMethod.ChiSquare : DriftMethod.ZTest;
        }

        return column.Kind == DriftColumnKind.Numerical && nValues > NumberUniqueAsCategorical
            ? DriftMethod.WassersteinNormed
            : DriftMethod.JensenShannon;
    }

    private const int NumberUniqueAsCategorical = ColumnPreparer.NumberUniqueAsCategorical;

    private static double Compute(DriftMethod method, PreparedColumn column, DriftOptions options, out string? detail)
    {
        detail = null;
        switch (method)
        {
            case DriftMethod.KolmogorovSmirnov:
            {
                double d = KolmogorovSmirnovTwoSample.Statistic(column.Ref, column.Cur);
                double p = KolmogorovSmirnovTwoSample.PValue(d, (int)column.NRef, (int)column.NCur, out bool exact);
                detail = exact ? "exact" : "asymptotic";
                return p;
            }

            case DriftMethod.WassersteinNormed:
                return column.WassersteinNormed;
            case DriftMethod.ChiSquare:
            {
                (long[] r, long[] c) = column.CategoryCounts();
                return DriftStatistics.ChiSquarePValue(r, c, column.NRef, column.NCur);
            }

            case DriftMethod.ZTest:
            {
                (long[] r, long[] c) = column.CategoryCounts();
                return DriftStatistics.ZTestPValue(r, c, column.NRef, column.NCur);
            }

            case DriftMethod.JensenShannon:
            {
                (double[] r, double[] c) = Binned(column);
                return DriftStatistics.JensenShannon(r, c);
            }

            case DriftMethod.Psi:
            {
                (double[] r, double[] c) = BinnedFilled(column);
                return DriftStatistics.Psi(r, c);
            }

            case DriftMethod.KullbackLeibler:
            {
                (double[] r, double[] c) = BinnedFilled(column);
                return DriftStatistics.KullbackLeibler(r, c);
            }

            case DriftMethod.Hellinger:
                return Hellinger(column);
            case DriftMethod.PsiQuantile:
                return PsiQuantile(column, options, out _);
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown drift method.");
        }
    }

    private static DriftExtraMetrics Extra(PreparedColumn column, DriftOptions options)
    {
        double psiQuantile = PsiQuantile(column, options, out int bins);
        (double[] r, double[] c) = Binned(column);
        double js = DriftStatistics.JensenShannon(r, c);
        EvidentlyBinning.FillZeroes(r);
        EvidentlyBinning.FillZeroes(c);
        double psi = DriftStatistics.Psi(r, c);
        double kl = DriftStatistics.KullbackLeibler(r, c);
        double hellinger = Hellinger(column);
        double? wasserstein = column.Kind == DriftColumnKind.Numerical
            ? column.WassersteinNormed
            : null;
        return new DriftExtraMetrics(
            Finite(psiQuantile),
            bins,
            double.IsFinite(psiQuantile) ? QuantilePsi.Band(psiQuantile) : null,
            Finite(psi),
            Finite(kl),
            Finite(hellinger),
            wasserstein is { } w ? Finite(w) : null,
            Finite(js));
    }

    /// <summary>Evidently <c>get_binned_data</c> without zero filling.</summary>
    private static (double[] Ref, double[] Cur) Binned(PreparedColumn column)
    {
        if (column.Kind == DriftColumnKind.Numerical && column.ReferenceUnique > EvidentlyBinning.DistinctValuesForSturges)
        {
            ReadOnlySpan<double> a = column.Ref;
            ReadOnlySpan<double> b = column.Cur;
            double[] edges = EvidentlyBinning.SturgesEdges(
                Math.Min(a[0], b[0]),
                Math.Max(a[^1], b[^1]),
                column.NRef + column.NCur,
                column.IntegerDtype);
            var refCounts = new long[edges.Length - 1];
            var curCounts = new long[edges.Length - 1];
            EvidentlyBinning.CountIntoEdges(a, edges, refCounts);
            EvidentlyBinning.CountIntoEdges(b, edges, curCounts);
            return (EvidentlyBinning.Proportions(refCounts, column.NRef), EvidentlyBinning.Proportions(curCounts, column.NCur));
        }

        (long[] r, long[] c) = column.CategoryCounts();
        return (EvidentlyBinning.Proportions(r, column.NRef), EvidentlyBinning.Proportions(c, column.NCur));
    }

    private static (double[] Ref, double[] Cur) BinnedFilled(PreparedColumn column)
    {
        (double[] r, double[] c) = Binned(column);
        EvidentlyBinning.FillZeroes(r);
        EvidentlyBinning.FillZeroes(c);
        return (r, c);
    }

    private static double Hellinger(PreparedColumn column)
    {
        if (column.Kind == DriftColumnKind.Categorical)
        {
            (long[] r, long[] c) = column.CategoryCounts();
            return DriftStatistics.HellingerCategorical(r, c, column.NRef, column.NCur);
        }

        ReadOnlySpan<double> a = column.Ref;
        ReadOnlySpan<double> b = column.Cur;
        double[] edges = EvidentlyBinning.SturgesEdges(
            Math.Min(a[0], b[0]),
            Math.Max(a[^1], b[^1]),
            column.UnionUnique,
            column.IntegerDtype);
        return DriftStatistics.HellingerNumerical(a, b, edges);
    }

    private static double PsiQuantile(PreparedColumn column, DriftOptions options, out int bins)
    {
        if (column.Kind == DriftColumnKind.Numerical)
        {
            return QuantilePsi.Compute(column.Ref, column.Cur, options.PsiBins, options.PsiEpsilon, out bins);
        }

        (long[] r, long[] c) = column.CategoryCounts();
        bins = r.Length;
        return QuantilePsi.FromCounts(r, c, column.NRef, column.NCur, options.PsiEpsilon);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static DriftColumnResult Result(
        PreparedColumn column,
        DriftMethod method,
        string methodSource,
        double threshold,
        string thresholdSource,
        double? statistic,
        bool drifted,
        string? detail,
        string? skipped,
        DriftExtraMetrics? extra) => new(
            column.Name,
            column.ValueType,
            column.Kind,
            column.UnionUnique,
            column.ReferenceRows,
            column.CurrentRows,
            column.NRef,
            column.NCur,
            column.ReferenceMissing,
            column.ReferenceInfinite,
            column.CurrentMissing,
            column.CurrentInfinite,
            method,
            DriftMethods.Name(method),
            methodSource,
            thresholdSource,
            statistic,
            threshold,
            DriftMethods.Comparison(method),
            drifted,
            detail,
            skipped,
            extra);
}
