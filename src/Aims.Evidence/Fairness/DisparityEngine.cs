namespace Aims.Evidence.Fairness;

/// <summary>
/// Computes every disparity of one grouping from per-group confusion counts. Groups with no rows are skipped, which is
/// how Fairlearn treats the NaN rows of empty intersections in min/max/difference/ratio.
/// </summary>
internal static class DisparityEngine
{
    public const string Fairlearn = "fairlearn";
    public const string Aif360 = "aif360";
    public const string Aequitas = "aequitas";
    public const string BetweenGroups = "between_groups";
    public const string ToOverall = "to_overall";
    public const string VsReference = "vs_reference";

    public static void Compute(
        ReadOnlySpan<ConfusionCounts> groups,
        in ConfusionCounts overall,
        int reference,
        string?[] labels,
        FairnessOptions options,
        DisparitySink sink)
    {
        FairlearnDisparities(groups, overall, sink);
        Aif360Disparities(groups, reference, options.EntropyAlpha, sink);
        AequitasDisparities(groups, reference, labels, options.AequitasFillDivByZero, sink);
    }

    /// <summary>AIF360 generalized entropy index over per-row benefits b = ŷ − y + 1, from unweighted counts.</summary>
    public static double GeneralizedEntropy(in ConfusionCounts c, double alpha)
    {
        // b = 0 for false negatives, 1 for correct predictions, 2 for false positives.
        double n = c.Count;
        double n0 = c.Fn, n1 = c.Tp + c.Tn, n2 = c.Fp;
        var mu = (n1 + (2 * n2)) / n;
        return Entropy([(0, n0), (1, n1), (2, n2)], n, mu, alpha);
    }

    /// <summary>Between-group GE: every row's benefit replaced by its group's mean benefit (AIF360).</summary>
    public static double BetweenGroupEntropy(ReadOnlySpan<ConfusionCounts> groups, double alpha)
    {
        Span<(double Benefit, double Count)> terms = groups.Length <= 256 ? stackalloc (double, double)[groups.Length] : new (double, double)[groups.Length];
        var used = 0;
        double n = 0, total = 0;
        foreach (ref readonly var g in groups)
        {
            if (g.Count == 0)
            {
                continue;
            }

            double ng = g.Count;
            var sum = g.Tp + g.Tn + (2.0 * g.Fp);
            terms[used++] = (sum / ng, ng);
            n += ng;
            total += sum;
        }

        return n == 0 ? double.NaN : Entropy(terms[..used], n, total / n, alpha);
    }

    private static double Entropy(ReadOnlySpan<(double Benefit, double Count)> terms, double n, double mu, double alpha)
    {
        double sum = 0;
        foreach (var (b, count) in terms)
        {
            if (count == 0)
            {
                continue;
            }

            var r = b / mu;
            if (alpha == 1)
            {
                // AIF360 evaluates log((b/μ)^b)/μ, so b = 0 contributes 0 rather than 0·log 0 = NaN.
                sum += count * (b == 0 ? 0 : r * Math.Log(r));
            }
            else if (alpha == 0)
            {
                sum -= count * Math.Log(r);
            }
            else
            {
                sum += count * (Math.Pow(r, alpha) - 1);
            }
        }

        return alpha is 0 or 1 ? sum / n : sum / n / (alpha * (alpha - 1));
    }

    private static void FairlearnDisparities(ReadOnlySpan<ConfusionCounts> groups, in ConfusionCounts overall, DisparitySink sink)
    {
        Span<double> diffBetween = stackalloc double[Rates.FairlearnMetricNames.Length];
        Span<double> diffOverall = stackalloc double[Rates.FairlearnMetricNames.Length];
        Span<double> ratioBetween = stackalloc double[Rates.FairlearnMetricNames.Length];
        Span<double> ratioOverall = stackalloc double[Rates.FairlearnMetricNames.Length];
        for (var m = 0; m < Rates.FairlearnMetricNames.Length; m++)
        {
            var overallValue = Rates.Fairlearn(m, overall);
            double min = double.NaN, max = double.NaN, toOverall = double.NaN, ratioTo = double.NaN;
            foreach (ref readonly var g in groups)
            {
                if (g.Count == 0)
                {
                    continue;
                }

                var v = Rates.Fairlearn(m, g);
                if (double.IsNaN(v))
                {
                    continue;
                }

                min = double.IsNaN(min) ? v : Math.Min(min, v);
                max = double.IsNaN(max) ? v : Math.Max(max, v);
                var d = Math.Abs(v - overallValue);
                if (!double.IsNaN(d))
                {
                    toOverall = double.IsNaN(toOverall) ? d : Math.Max(toOverall, d);
                }

                // Fairlearn divides by overall first and only then takes the reciprocal of ratios above 1.
                var r = v / overallValue;
                if (r > 1)
                {
                    r = 1 / r;
                }

                if (!double.IsNaN(r))
                {
                    ratioTo = double.IsNaN(ratioTo) ? r : Math.Min(ratioTo, r);
                }
            }

            var name = Rates.FairlearnMetricNames[m];
            diffBetween[m] = max - min;
            diffOverall[m] = toOverall;
            ratioBetween[m] = min / max;
            ratioOverall[m] = ratioTo;
            sink.Emit(GroupMinNames[m], Fairlearn, name, null, null, "zero", null, min);
            sink.Emit(GroupMaxNames[m], Fairlearn, name, null, null, "zero", null, max);
            sink.Emit(DifferenceNames[m], Fairlearn, name, BetweenGroups, null, "zero", null, diffBetween[m]);
            sink.Emit(DifferenceNames[m], Fairlearn, name, ToOverall, null, "zero", null, diffOverall[m]);
            sink.Emit(RatioNames[m], Fairlearn, name, BetweenGroups, null, "zero", null, ratioBetween[m]);
            sink.Emit(RatioNames[m], Fairlearn, name, ToOverall, null, "zero", null, ratioOverall[m]);
        }

        const int sel = 0, tpr = 1, fpr = 2;
        sink.Emit("demographicParityDifference", Fairlearn, "selectionRate", BetweenGroups, null, "zero", null, diffBetween[sel]);
        sink.Emit("demographicParityDifference", Fairlearn, "selectionRate", ToOverall, null, "zero", null, diffOverall[sel]);
        sink.Emit("demographicParityRatio", Fairlearn, "selectionRate", BetweenGroups, null, "zero", null, ratioBetween[sel]);
        sink.Emit("demographicParityRatio", Fairlearn, "selectionRate", ToOverall, null, "zero", null, ratioOverall[sel]);
        EmitEqualizedOdds("equalizedOddsDifference", diffBetween[tpr], diffBetween[fpr], BetweenGroups, worstIsMax: true, sink);
        EmitEqualizedOdds("equalizedOddsDifference", diffOverall[tpr], diffOverall[fpr], ToOverall, worstIsMax: true, sink);
        EmitEqualizedOdds("equalizedOddsRatio", ratioBetween[tpr], ratioBetween[fpr], BetweenGroups, worstIsMax: false, sink);
        EmitEqualizedOdds("equalizedOddsRatio", ratioOverall[tpr], ratioOverall[fpr], ToOverall, worstIsMax: false, sink);
        sink.Emit("equalOpportunityDifference", Fairlearn, "truePositiveRate", BetweenGroups, null, "zero", null, diffBetween[tpr]);
        sink.Emit("equalOpportunityDifference", Fairlearn, "truePositiveRate", ToOverall, null, "zero", null, diffOverall[tpr]);
        sink.Emit("equalOpportunityRatio", Fairlearn, "truePositiveRate", BetweenGroups, null, "zero", null, ratioBetween[tpr]);
        sink.Emit("equalOpportunityRatio", Fairlearn, "truePositiveRate", ToOverall, null, "zero", null, ratioOverall[tpr]);
    }

    /// <summary>
    /// Fairlearn's aggregation over the Series (tpr, fpr): worst_case is Python's builtin max/min, which keeps the first
    /// element unless a later one compares greater/smaller, so a NaN TPR gives NaN while a NaN FPR is passed over;
    /// mean is pandas <c>Series.mean()</c>, which skips NaN. A NaN ratio arises when every group's rate is 0 (0/0).
    /// </summary>
    private static void EmitEqualizedOdds(string metric, double tpr, double fpr, string method, bool worstIsMax, DisparitySink sink)
    {
        var worst = worstIsMax ? (fpr > tpr ? fpr : tpr) : (fpr < tpr ? fpr : tpr);
        var mean = double.IsNaN(tpr) ? fpr : double.IsNaN(fpr) ? tpr : (tpr + fpr) / 2;
        sink.Emit(metric, Fairlearn, "truePositiveRate,falsePositiveRate", method, "worst_case", "zero", null, worst);
        sink.Emit(metric, Fairlearn, "truePositiveRate,falsePositiveRate", method, "mean", "zero", null, mean);
    }

    private static void Aif360Disparities(ReadOnlySpan<ConfusionCounts> groups, int reference, double alpha, DisparitySink sink)
    {
        // One-vs-rest as in AIF360's sklearn API: privileged = the reference group, unprivileged = every other group.
        var privileged = reference >= 0 ? groups[reference] : default;
        var unprivileged = default(ConfusionCounts);
        for (var i = 0; i < groups.Length; i++)
        {
            if (i != reference)
            {
                unprivileged.Add(groups[i]);
            }
        }

        var valid = privileged.Count > 0 && unprivileged.Count > 0;
        ConfusionCounts u = unprivileged, p = privileged;
        double Nan(double value) => valid ? value : double.NaN; // computed either way: plain arithmetic, no allocation

        // ClassificationMetric rates: TPR/FPR/FNR are plain divisions (NaN on 0/0); PPV, FOR and error rate use 0.
        static double Div(double a, double b) => a / b;
        var dTpr = Nan(Div(u.WeightTp, u.WeightTp + u.WeightFn) - Div(p.WeightTp, p.WeightTp + p.WeightFn));
        var dFpr = Nan(Div(u.WeightFp, u.WeightFp + u.WeightTn) - Div(p.WeightFp, p.WeightFp + p.WeightTn));
        var dFnr = Nan(Div(u.WeightFn, u.WeightTp + u.WeightFn) - Div(p.WeightFn, p.WeightTp + p.WeightFn));
        var selU = Nan(Rates.SelectionRate(u));
        var selP = Nan(Rates.SelectionRate(p));
        var dPpv = Nan(Rates.ZeroSafe(u.WeightTp, u.WeightTp + u.WeightFp) - Rates.ZeroSafe(p.WeightTp, p.WeightTp + p.WeightFp));
        var dFor = Nan(Rates.ZeroSafe(u.WeightFn, u.WeightFn + u.WeightTn) - Rates.ZeroSafe(p.WeightFn, p.WeightFn + p.WeightTn));
        var dErr = Nan((1 - Rates.Accuracy(u)) - (1 - Rates.Accuracy(p)));

        sink.Emit("statisticalParityDifference", Aif360, "selectionRate", VsReference, null, "nan", null, selU - selP);
        // The sklearn API returns 0 (with a warning) when the privileged selection rate is 0.
        sink.Emit("disparateImpact", Aif360, "selectionRate", VsReference, null, "zero", null, !valid ? double.NaN : selP == 0 ? 0 : selU / selP);
        sink.Emit("equalOpportunityDifference", Aif360, "truePositiveRate", VsReference, null, "nan", null, dTpr);
        sink.Emit("averageOddsDifference", Aif360, "truePositiveRate,falsePositiveRate", VsReference, null, "nan", null, (dFpr + dTpr) / 2);
        sink.Emit("averageAbsOddsDifference", Aif360, "truePositiveRate,falsePositiveRate", VsReference, null, "nan", null, (Math.Abs(dFpr) + Math.Abs(dTpr)) / 2);
        sink.Emit("equalizedOddsDifference", Aif360, "truePositiveRate,falsePositiveRate", VsReference, null, "nan", null,
            double.IsNaN(dFpr) || double.IsNaN(dTpr) ? double.NaN : Math.Max(Math.Abs(dFpr), Math.Abs(dTpr)));
        sink.Emit("averagePredictiveValueDifference", Aif360, "positivePredictiveValue,falseOmissionRate", VsReference, null, "zero", null, (dPpv + dFor) / 2);
        sink.Emit("falsePositiveRateDifference", Aif360, "falsePositiveRate", VsReference, null, "nan", null, dFpr);
        sink.Emit("falseNegativeRateDifference", Aif360, "falseNegativeRate", VsReference, null, "nan", null, dFnr);
        sink.Emit("errorRateDifference", Aif360, "errorRate", VsReference, null, "zero", null, dErr);
        sink.Emit("betweenGroupGeneralizedEntropyIndex", Aif360, "benefit", null, null, "nan", null, BetweenGroupEntropy(groups, alpha));
        sink.Emit("betweenGroupTheilIndex", Aif360, "benefit", null, null, "nan", null, BetweenGroupEntropy(groups, 1));
    }

    private static void AequitasDisparities(ReadOnlySpan<ConfusionCounts> groups, int reference, string?[] labels, double fill, DisparitySink sink)
    {
        double predictedPositive = 0;
        foreach (ref readonly var g in groups)
        {
            predictedPositive += g.WeightTp + g.WeightFp;
        }

        var zeroRule = sink.Describes ? "nan;inf=fill(" + Format(fill) + ")" : string.Empty;
        for (var m = 0; m < Rates.AequitasMetricNames.Length; m++)
        {
            var refValue = reference >= 0 && groups[reference].Count > 0 ? Rates.Aequitas(m, groups[reference], predictedPositive) : double.NaN;
            var name = Rates.AequitasMetricNames[m];
            for (var i = 0; i < groups.Length; i++)
            {
                var v = groups[i].Count > 0 ? Rates.Aequitas(m, groups[i], predictedPositive) / refValue : double.NaN;
                var filled = double.IsInfinity(v) ? fill : v;
                sink.Emit(DisparityNames[m], Aequitas, name, VsReference, null, zeroRule, labels[i], filled);
            }
        }
    }

    // Derived metric names, built once: the bootstrap calls the engine hundreds of times and must not allocate per call.
    private static readonly string[] GroupMinNames = Rates.FairlearnMetricNames.Select(n => n + "GroupMin").ToArray();
    private static readonly string[] GroupMaxNames = Rates.FairlearnMetricNames.Select(n => n + "GroupMax").ToArray();
    private static readonly string[] DifferenceNames = Rates.FairlearnMetricNames.Select(n => n + "Difference").ToArray();
    private static readonly string[] RatioNames = Rates.FairlearnMetricNames.Select(n => n + "Ratio").ToArray();
    private static readonly string[] DisparityNames = Rates.AequitasMetricNames.Select(n => n + "Disparity").ToArray();

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
